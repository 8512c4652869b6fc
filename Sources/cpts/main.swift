// cpts: the thin command-line demo of CPTSKit. It parses, reads files, calls the library and
// prints; the computations and renderings all live in CPTSKit.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The locale variables choose the language when --lang does not.
var environment: [String: String] = [:]
for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
    if let value = getenv(name) { environment[name] = String(cString: value) }
}
let outcome = Runner.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
if !outcome.stdout.isEmpty { FileOutput.write(outcome.stdout, to: .standardOutput) }
if !outcome.stderr.isEmpty { FileOutput.write(outcome.stderr, to: .standardError) }
exit(outcome.exitCode)
