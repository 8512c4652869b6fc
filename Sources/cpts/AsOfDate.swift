import CPTSKit
import Foundation

/// The as-of date of the deadline and reported-results warnings.
enum AsOfDate {
    /// `--as-of DATE` when given; else `CPTS_TODAY` from the environment (reproducible outputs:
    /// the tests and the documentation set it); else today's date where `cpts` runs.
    static func resolve(_ invocation: Invocation) throws(Runner.Failure) -> CalendarDate {
        let environment = ProcessInfo.processInfo.environment["CPTS_TODAY"]
        if let text = invocation.options["--as-of"] ?? environment {
            do throws(CPTSKitError) {
                return try CalendarDate(parsing: text)
            } catch {
                let source = invocation.options["--as-of"] != nil ? "--as-of" : "CPTS_TODAY"
                throw Runner.Failure("cpts: \(source): \(error.message(in: .french)) (\(text))", "cpts: \(source): \(error.message) (\(text))",
                                     code: ExitCode.usage)
            }
        }
        do throws(CPTSKitError) {
            return try CalendarDate(Date())
        } catch {
            throw Runner.Failure("cpts: date du jour : \(error.message(in: .french))", "cpts: today's date: \(error.message)", code: ExitCode.usage)
        }
    }
}
