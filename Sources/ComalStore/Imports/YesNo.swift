/// A `yes` or `no` column of a file.
enum YesNo: String, CaseIterable {
    case yes, no
}
