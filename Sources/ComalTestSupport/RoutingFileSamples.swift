/// Two tiny routing files, a Solomon instance and a VRPLIB one, that the reader tests break line by
/// line and the CLI tests solve: small enough to check by hand.
public enum RoutingFileSamples {
    public static let solomon = """
        TINY

        VEHICLE
        NUMBER     CAPACITY
          2         10

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      0          0          0          0       100          0
            1      3          4          2          0        50          1
            2      6          8          3          0        50          1
        """

    public static let vrplib = """
        NAME : tiny
        TYPE : CVRP
        DIMENSION : 3
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        DEMAND_SECTION
        1 0
        2 2
        3 3
        DEPOT_SECTION
        1
        -1
        EOF
        """
}
