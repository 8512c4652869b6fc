import CPTSKitReports
import Foundation
import Testing
@testable import CPTSKit

@Suite("French and English: the locale, formats per language, labels and messages in both")
struct LanguageTests {
    @Test("A locale name is French when it starts with fr, English otherwise", arguments: [
        ("fr", Language.french), ("fr_FR.UTF-8", .french), ("FR_fr", .french), ("fr_CA", .french), ("fra", .french),
        ("f", .english), ("", .english), ("C", .english), ("POSIX", .english), ("en_GB.UTF-8", .english), ("fy_NL", .english),
        ("de_DE", .english),
    ])
    func locale(_ name: String, _ expected: Language) {
        #expect(Language(locale: name) == expected)
    }

    @Test("LC_ALL, then LC_MESSAGES, then LANG: the first that is set and not empty decides")
    func environment() {
        #expect(Language(environment: [:]) == .english)
        #expect(Language(environment: ["LANG": "fr_FR.UTF-8"]) == .french)
        #expect(Language(environment: ["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US"]) == .english)
        #expect(Language(environment: ["LANG": "en_US", "LC_MESSAGES": "fr_FR"]) == .french)
        #expect(Language(environment: ["LANG": "en_US", "LC_MESSAGES": "en_US", "LC_ALL": "fr_FR"]) == .french)
        #expect(Language(environment: ["LANG": "fr_FR", "LC_ALL": ""]) == .french)
        #expect(Language(environment: ["LANG": "fr_FR", "LC_ALL": "", "LC_MESSAGES": ""]) == .french)
        #expect(Language(environment: ["LANG": "", "LC_ALL": "", "LC_MESSAGES": ""]) == .english)
        #expect(Language(environment: ["LANG": "fr_FR", "LC_ALL": "C"]) == .english)
    }

    @Test("Amounts, numbers, percentages, dates and results in each language", arguments: [
        (Int64(0), "0,00 €", "€0.00"), (99_999, "999,99 €", "€999.99"), (100_000, "1 000,00 €", "€1,000.00"),
        (1_750_000, "17 500,00 €", "€17,500.00"), (-2_668_151, "-26 681,51 €", "-€26,681.51"),
        (123_456_789_012, "1 234 567 890,12 €", "€1,234,567,890.12"), (5, "0,05 €", "€0.05"),
    ])
    func money(_ cents: Int64, _ french: String, _ english: String) {
        #expect(Wording.french.money(Euros(cents: cents)) == french)
        #expect(Wording.english.money(Euros(cents: cents)) == english)
        #expect(Euros(cents: cents).englishDescription == english)
    }

    @Test("Other formats")
    func formats() throws {
        #expect(Wording.french.integer(110_110) == "110 110")
        #expect(Wording.english.integer(110_110) == "110,110")
        #expect(Wording.english.integer(999) == "999")
        #expect(Wording.english.integer(-1_000) == "-1,000")
        #expect(Wording.french.decimal(try Fraction(parsing: "72.9")) == "72,9")
        #expect(Wording.english.decimal(try Fraction(parsing: "72.9")) == "72.9")
        #expect(Wording.french.percent(try Fraction(729, 1000), decimals: 1) == "72,9 %")
        #expect(Wording.english.percent(try Fraction(729, 1000), decimals: 1) == "72.9%")
        #expect(Wording.english.percent(try Fraction(12_345, 1000), decimals: 1) == "1,234.5%")
        #expect(Wording.french.date(try CalendarDate(parsing: "2025-05-12")) == "12/05/2025")
        #expect(Wording.english.date(try CalendarDate(parsing: "2025-05-12")) == "12 May 2025")
        #expect(Wording.english.date(try CalendarDate(parsing: "2024-01-01")) == "1 January 2024")
        #expect(Wording.english.date(try CalendarDate(parsing: "2024-12-31")) == "31 December 2024")
        #expect(Wording.french.result(.achieved(true)) == "oui" && Wording.english.result(.achieved(true)) == "yes")
        #expect(Wording.french.result(.achieved(false)) == "non" && Wording.english.result(.achieved(false)) == "no")
        #expect(Wording.english("un", "one") == "one" && Wording.french("un", "one") == "un")
        #expect(Wording.french(BilingualText(fr: "un", en: "one")) == "un")
        #expect(BilingualText(fr: "un", en: "one").description == "one")
    }

    @Test("English ordinals of anniversaries", arguments: [
        (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (10, "10th"), (11, "11th"), (12, "12th"), (13, "13th"), (14, "14th"),
        (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th"), (112, "112th"),
    ])
    func ordinals(_ n: Int, _ expected: String) {
        #expect(PaymentEvent.anniversary(n).label(in: .english) == "\(expected) anniversary")
    }

    @Test("Every label exists in both languages; French stays the domain's, English glosses it")
    func labels() {
        for mission in MissionKind.allCases {
            #expect(mission.label(in: .french) == mission.label)
            #expect(mission.label(in: .english).hasPrefix(mission.label + " ("))
        }
        var pairs: [(String, String)] = []
        pairs += Volet.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += FundingPart.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += LineStatus.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += SettlementShare.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += FundingRule.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += Confidence.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += SizeClass.allCases.map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += [MissionCategory.socle, .optional].map { ($0.label(in: .french), $0.label(in: .english)) }
        pairs += [PaymentEvent.missionStart, .anniversary(2), .catchUp, .termination].map { ($0.label(in: .french), $0.label(in: .english)) }
        // The same words in both languages, on purpose: the domain's name of volet 2.
        let shared: Set<String> = ["Volet 2 — missions"]
        for (french, english) in pairs {
            #expect(!french.isEmpty && !english.isEmpty)
            #expect(french != english || shared.contains(french), "\(french) has no English of its own")
        }
        #expect(PaymentEvent.signature.label(in: .english) == PaymentEvent.signature.label(in: .french))  // the same word
        for part in FundingPart.allCases { #expect(part.label(in: .french) == part.label) }
    }

    @Test("Every invalid fixture's error reads differently in French and English, with the same path, kind and value",
          arguments: InvalidFixture.load("Tests/Fixtures/invalid"))
    func invalidFixtures(_ fixture: InvalidFixture) throws {
        let bytes = try RepositoryFiles.bytes("Tests/Fixtures/invalid/\(fixture.file)")
        var caught: CPTSKitError?
        do {
            let contract = try ACIContract(jsonBytes: bytes)
            _ = try FundingEngine().funding(for: contract)
        } catch {
            caught = error
        }
        let error = try #require(caught)
        #expect(error.message(in: .french) != error.message(in: .english), "\(error.message) has no French of its own")
        #expect(error.description(in: .french).hasPrefix(error.path.isEmpty ? "" : error.path + ": "))
        #expect(error.description(in: .english) == error.description)
        if let value = error.value { #expect(error.description(in: .french).hasSuffix("(\(value))")) }
        let roundTrip = try JSONDecoder().decode(CPTSKitError.self, from: JSONEncoder().encode(error))
        #expect(roundTrip == error)
    }

    @Test("The library's errors and warnings are written in both languages: no single-language message in the sources")
    func noSingleLanguageMessage() throws {
        let root = RepositoryFiles.url("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.contains("///") && (line.contains("message: \"") || line.contains("message: error.message")) {
                offenders.append("\(file):\(number + 1)")
            }
        }
        #expect(files.count > 100)
        #expect(offenders.isEmpty, "messages in one language: \(offenders)")
    }

    @Test("A decoded error or warning without message_fr uses its English message for both")
    func decodingWithoutFrench() throws {
        let error = try JSONDecoder().decode(CPTSKitError.self, from: Data(#"{"kind": "overflow", "path": "", "message": "m", "value": null}"#.utf8))
        #expect(error.frenchMessage == "m")
        let warning = try JSONDecoder().decode(FundingWarning.self, from: Data(#"{"kind": "deadline_passed", "path": "p", "message": "m"}"#.utf8))
        #expect(warning.message(in: .french) == "m" && warning.description(in: .french) == "p: m")
        let bilingual = FundingWarning(.deadlinePassed, path: "", message: BilingualText(fr: "f", en: "e"))
        #expect(bilingual.description(in: .french) == "f" && bilingual.description == "e")
    }
}
