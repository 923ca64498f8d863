/// Adjusts XMILE equation text where the engine's parser would read it differently from XMILE,
/// keeping the other characters where they were so positions in errors stay right.
///
/// - `IF (condition) THEN a ELSE b` is the statement form, but the engine's parser takes
///   `IF (` for the function form `if(c, a, b)` and then stops at `THEN`. A `+` before the
///   bracket (in place of the space before it, when there is one) makes it read the statement
///   form. Brackets holding a top-level comma are the function form and are left alone.
/// - A variable may be called `mod`, `and` or `or`; where such a word stands as an operand (at
///   the start, or after an operator or an opening bracket) and names a variable, it is quoted
///   so the parser reads a name rather than an operator.
enum EquationText {
    static func prepared(_ text: String, names: Set<String> = []) -> String {
        var characters = Array(text)
        let commaGroups = groupsWithCommas(characters)
        var edits: [(position: Int, text: String)] = []
        var index = 0
        var expectsOperand = true
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "{" {
                index = skipComment(characters, from: index)
            } else if character == "\"" {
                index = skipQuoted(characters, from: index)
                expectsOperand = false
            } else if isIdentifier(character) {
                let start = index
                while index < characters.count, isIdentifier(characters[index]) { index += 1 }
                let word = String(characters[start..<index]).lowercased()
                switch word {
                case "if":
                    expectsOperand = true
                    var next = index
                    while next < characters.count, characters[next].isWhitespace { next += 1 }
                    guard next < characters.count, characters[next] == "(", !commaGroups.contains(next) else { continue }
                    if next > index, characters[next - 1] == " " || characters[next - 1] == "\t" {
                        characters[next - 1] = "+"
                    } else {
                        edits.append((next, "+"))
                    }
                case "mod", "and", "or":
                    if expectsOperand && names.contains(word) {
                        edits.append((start, "\""))
                        edits.append((index, "\""))
                        expectsOperand = false
                    } else {
                        expectsOperand = true
                    }
                case "not", "then", "else":
                    expectsOperand = true
                default:
                    expectsOperand = false
                }
            } else {
                expectsOperand = character != ")" && character != "]"
                index += 1
            }
        }
        for edit in edits.reversed() { characters.insert(contentsOf: edit.text, at: edit.position) }
        return String(characters)
    }

    private static func isIdentifier(_ character: Character) -> Bool {
        character == "_" || character == "$" || character == "." || character.isLetter || character.isNumber
    }

    /// The index after the comment that starts at `start`.
    private static func skipComment(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count, characters[index] != "}" { index += 1 }
        return index + 1
    }

    /// The index after the quoted name that starts at `start`.
    private static func skipQuoted(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count, characters[index] != "\"" {
            index += characters[index] == "\\" ? 2 : 1
        }
        return index + 1
    }

    /// Where the brackets that hold a comma outside any inner brackets open, found in one pass
    /// (asking of each `IF (` alone was quadratic in the length of the equation).
    static func groupsWithCommas(_ characters: [Character]) -> Set<Int> {
        var open: [Int] = [], found: Set<Int> = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "{": index = skipComment(characters, from: index); continue
            case "\"": index = skipQuoted(characters, from: index); continue
            case "(", "[": open.append(index)
            case ")", "]": _ = open.popLast()
            case ",": if let innermost = open.last { found.insert(innermost) }
            default: break
            }
            index += 1
        }
        return found
    }
}
