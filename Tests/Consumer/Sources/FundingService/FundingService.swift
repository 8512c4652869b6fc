import CPTSKit
import Foundation

/// A web backend's core, as an integrator writes it: a contract file in, JSON out.
public struct FundingService: Sendable {
    /// What the service answers: an HTTP status and a JSON body.
    public struct Answer: Sendable {
        public var status: Int
        public var body: Data
    }

    let engine = FundingEngine()
    let asOf: CalendarDate

    /// A service whose warnings are dated `asOf`.
    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    /// `POST /funding`: 200 and the `cpts-funding/1` document, or 422 and the error.
    public func funding(request body: Data) -> Answer {
        answer { () throws(CPTSKitError) in try engine.funding(for: try ACIContract(jsonBytes: Array(body)), asOf: asOf) }
    }

    /// `POST /schedule`: 200 and the `cpts-schedule/1` document, or 422 and the error.
    public func schedule(request body: Data) -> Answer {
        answer { () throws(CPTSKitError) in try engine.schedule(for: try ACIContract(jsonBytes: Array(body))) }
    }

    func answer(_ compute: () throws(CPTSKitError) -> some Encodable) -> Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return Answer(status: 200, body: try encoder.encode(try compute()))
        } catch let error as CPTSKitError {
            return Answer(status: 422, body: (try? encoder.encode(error)) ?? Data())
        } catch {
            return Answer(status: 500, body: Data())
        }
    }
}
