/// Small files in the formats the alliance's directors and buyer upload.
enum Fixtures {
    static let siteHeader =
        "site_id,name,kind,address,city,lat,lon,window_start,window_end,enroll_infant,enroll_1_2,enroll_3_5,enroll_6_12,enroll_13_18,enroll_adult"

    static let sitesCSV = """
        \(siteHeader)
        ESP-01,Esperanza Center,center,"12 Calle Luna, Suite 3",Albuquerque,35.08,-106.65,07:00,10:30,4,10,22,0,0,5
        SOL-02,Sol Family Home,home,88 Sunset Rd,Santa Fe,35.68,-105.94,8:00,12:00,1,2,3,0,0,1

        """
}

extension Fixtures {
    static let catalogHeader = "sku,description,pack,case_price,each_price,tiers,storage,food,allergens,min_cases"

    /// Three products: beans split by the can with two tiers, milk in whole cases only, rice with a minimum.
    static let catalogCSV = """
        \(catalogHeader)
        BN-10,"Pinto beans, #10 can",6/#10 CN,27.90,4.95,10:27.50;25:26.10,dry,pinto beans,,
        MK-1,Milk 1% gallon,4/1 GAL,18.40,,,cold,milk,milk,0
        RC-25,Brown rice,25 LB,21.00,,,dry,brown rice,,2

        """

    static let yamlAlliance = """
        name: Nuevo Sol Early Learning Alliance
        buyer: Marisol Chávez
        hub: {name: Nuevo Sol Hub, address: 400 Broadway Blvd SE, city: Albuquerque, lat: 35.08, lon: -106.65}
        consolidation_rule: up
        timezone: America/Denver

        """
}

extension Fixtures {
    static let orderHeader = "site_id,sku,quantity,unit,tolerance"

    static let ordersCSV = """
        \(orderHeader)
        ESP-01,BN-10,9,each,2
        ESP-01,MK-1,3,case,
        SOL-02,BN-10,4,each,0
        SOL-02,MK-1,1,case,0

        """
}
