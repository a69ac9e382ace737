/// How `comal serve` writes its log lines: `text` for a person reading a terminal or the journal,
/// `json` (one object per line) for a log collector that filters on fields.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json
}
