// cpts: the thin command-line demo of CPTSKit. It parses, reads files, calls the library and
// prints; the computations and renderings all live in CPTSKit.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let outcome = Runner.run(Array(CommandLine.arguments.dropFirst()))
if !outcome.stdout.isEmpty { FileOutput.write(outcome.stdout, to: .standardOutput) }
if !outcome.stderr.isEmpty { FileOutput.write(outcome.stderr, to: .standardError) }
exit(outcome.exitCode)
