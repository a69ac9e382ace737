/// An error whose message a director or buyer reads, written in every language the alliance works
/// in, so that a Spanish page never shows an English refusal. Its `description` is the English,
/// which the command line prints.
public protocol ExplainedError: Error, CustomStringConvertible {
    var explanation: BilingualText { get }
}

extension ExplainedError {
    public var description: String { explanation.english }
}
