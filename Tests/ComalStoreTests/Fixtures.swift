/// Small files in the formats the alliance's directors and buyer upload.
enum Fixtures {
    static let siteHeader = "site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult"

    static let sitesCSV = """
        \(siteHeader)
        ESP-01,Esperanza Center,center,"12 Calle Luna, Suite 3",Albuquerque,35.08,-106.65,07:00,10:30,4,10,22,0,0,5
        SOL-02,Sol Family Home,home,88 Sunset Rd,Santa Fe,35.68,-105.94,8:00,12:00,1,2,3,0,0,1

        """
}
