import ComalCore
