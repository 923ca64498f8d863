enum DefaultAssumptions { static let files: [String: String] = [:] }
