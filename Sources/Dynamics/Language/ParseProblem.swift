/// Everything that can be wrong with the text of an equation; all of the parser's and the
/// lexer's wording lives here.
public enum ParseProblem: Problem, Hashable {
    case unterminatedComment
    case unterminatedQuotedName
    case unexpectedCharacter(Character)
    case malformedNumber(String)
    case emptyEquation
    case leftOver(String)
    /// `found` is already described: `'x'` or `the end of the equation`.
    case expectedSymbol(String, context: String, found: String)
    case expectedThen(found: String)
    case expectedElse(found: String)
    case keywordWithoutOperands(String)
    case endWhereValueExpected
    case expectedOperand(found: String)
    case expectedDimensionAfterWildcard(found: String)
    case expectedDimensionPosition(found: String)
    case nestedTooDeep(limit: Int)

    public var message: String {
        switch self {
        case .unterminatedComment: "unterminated comment"
        case .unterminatedQuotedName: "unterminated quoted name"
        case .unexpectedCharacter(let c): "unexpected character '\(c)'"
        case .malformedNumber(let text): "malformed number '\(text)'"
        case .emptyEquation: "empty equation"
        case .leftOver(let text): "unexpected '\(text)' after a complete expression"
        case .expectedSymbol(let symbol, let context, let found): "expected '\(symbol)' \(context), found \(found)"
        case .expectedThen(let found): "expected 'THEN' after the condition of IF, found \(found)"
        case .expectedElse(let found): "expected 'ELSE' in IF … THEN … ELSE, found \(found)"
        case .keywordWithoutOperands(let word): "unexpected '\(word)'"
        case .endWhereValueExpected: "the equation ends where a value was expected"
        case .expectedOperand(let found): "expected a number, a name or '(', found '\(found)'"
        case .expectedDimensionAfterWildcard(let found): "expected a dimension after '*:' in a subscript, found \(found)"
        case .expectedDimensionPosition(let found): "expected the number of a dimension after '@' in a subscript, found \(found)"
        case .nestedTooDeep(let limit): "the equation is nested more than \(limit) deep"
        }
    }

    public var hint: String? {
        switch self {
        case .unterminatedComment: "close it with '}'"
        case .unterminatedQuotedName: "close the name with '\"'"
        case .unexpectedCharacter: "equations use names, numbers, + - * / ^, comparisons, and, or, not and functions"
        case .malformedNumber: "write numbers like 12, 0.5, .5 or 1.5e9"
        case .emptyEquation: "write a number or an expression"
        case .leftOver: "is an operator or a comma missing?"
        case .keywordWithoutOperands(let word): "'\(word)' is a keyword and needs operands around it"
        case .endWhereValueExpected: "is an operand missing?"
        case .nestedTooDeep: "split it into auxiliaries; brackets, calls and each operator of a chain such as a + b + c count one level"
        case .expectedSymbol, .expectedThen, .expectedElse, .expectedOperand: nil
        case .expectedDimensionAfterWildcard: "write x[*] for every element, or x[*:subrange] for the elements of a subrange"
        case .expectedDimensionPosition: "write x[@1] for the element of the first dimension of the variable being defined"
        }
    }
}
