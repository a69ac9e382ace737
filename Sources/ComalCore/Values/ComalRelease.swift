/// Which release of Comal this is, in the one place `comal --version`, the server and the upgrade
/// notes read it from.
public enum ComalRelease {
    public static let version = "0.13.0"
}
