import Foundation

/// Runs the built `cpts` executable, as a user would, and captures what it prints.
enum CLIRunner {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
        let signaled: Bool
    }

    /// The `cpts` binary next to the test bundle (SwiftPM builds it: the test target depends on it).
    static let executable: URL? = {
        var candidates: [URL] = []
        if let path = Bundle.main.executablePath { candidates.append(URL(fileURLWithPath: path).deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(RepositoryFiles.url(".build/debug"))
        for directory in candidates {
            let url = directory.appendingPathComponent("cpts")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// The date the tests and the documentation run `cpts` on (`CPTS_TODAY`).
    static let today = "2026-11-30"

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryFiles.root
        // Outputs that depend on today's date (deadline and reported-results warnings) use this one.
        var environment = ProcessInfo.processInfo.environment
        environment["CPTS_TODAY"] = CLIRunner.today
        // The C locale, as on a fresh machine: English unless the arguments say `--lang fr`. Fixed so
        // that outputs do not depend on the machine's locale.
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self),
                      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal)
    }
}
