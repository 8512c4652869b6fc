import Foundation

/// The missions this process knows: every key seen once, and every declaration a rulebook made.
///
/// A ``MissionKind`` is two small numbers into this table, so it is copied and compared as plain
/// data on the hot paths (a schedule copies one per settlement), while its key and the labels of
/// the rulebook that declared it are read from here. The six ACI missions are its first entries.
/// The table only grows; it holds at most 65 535 keys and as many declarations, beyond which a new
/// key or declaration is refused with an error (a process reading untrusted files cannot be made
/// to grow it without bound).
final class MissionTable: @unchecked Sendable {
    /// The table of this process.
    static let shared = MissionTable()

    /// Marks a kind that no rulebook declared (read from a contract file or a result).
    static let undeclared = UInt16.max

    private let lock = NSLock()
    /// How many keys, and how many declarations, the table may hold.
    private let limit: Int
    private var keys: [String]
    private var ids: [String: UInt16]
    private var declarations: [MissionDeclaration]
    private var declarationIDs: [MissionDeclaration: UInt16]
    /// The last declaration made of each key, by key number.
    private var latest: [UInt16: UInt16]

    /// A table holding the six ACI missions.
    ///
    /// - Parameter limit: How many keys and declarations it may hold (the shared table: 65 535).
    init(limit: Int = Int(MissionTable.undeclared)) {
        self.limit = limit
        let builtIn = MissionKind.builtInDeclarations
        keys = builtIn.map(\.key)
        declarations = builtIn
        var ids: [String: UInt16] = [:], declarationIDs: [MissionDeclaration: UInt16] = [:]
        for (index, declaration) in builtIn.enumerated() {
            ids[declaration.key] = UInt16(index)
            declarationIDs[declaration] = UInt16(index)
        }
        self.ids = ids
        self.declarationIDs = declarationIDs
        latest = [:]
    }

    /// The number of a key, interned on first sight.
    func id(of key: String) throws(CPTSKitError) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[key] { return id }
        guard keys.count < limit else { throw Self.full(key, limit) }
        let id = UInt16(keys.count)
        keys.append(key)
        ids[key] = id
        return id
    }

    /// The number of a declaration, interned on first sight.
    func id(of declaration: MissionDeclaration) throws(CPTSKitError) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        let id: UInt16
        if let known = declarationIDs[declaration] {
            id = known
        } else {
            guard declarations.count < limit else { throw Self.full(declaration.key, limit) }
            id = UInt16(declarations.count)
            declarations.append(declaration)
            declarationIDs[declaration] = id
        }
        if let key = ids[declaration.key] { latest[key] = id }
        return id
    }

    /// The number of the last declaration made of a key, ``undeclared`` when none.
    func latestDeclaration(ofKey id: UInt16) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        return latest[id] ?? Self.undeclared
    }

    /// The key of a number.
    func key(_ id: UInt16) -> String {
        lock.lock()
        defer { lock.unlock() }
        return keys.indices.contains(Int(id)) ? keys[Int(id)] : ""
    }

    /// The declaration of a number, `nil` for ``undeclared``.
    func declaration(_ id: UInt16) -> MissionDeclaration? {
        lock.lock()
        defer { lock.unlock() }
        return declarations.indices.contains(Int(id)) ? declarations[Int(id)] : nil
    }

    private static func full(_ key: String, _ limit: Int) -> CPTSKitError {
        CPTSKitError(.unknownMission, path: "",
                     message: BilingualText(fr: "trop de missions différentes dans ce processus (\(limit) au plus)",
                                            en: "too many different missions in this process (\(limit) at most)"),
                     value: key)
    }
}
