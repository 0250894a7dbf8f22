@testable import CUPIRuntime
import Testing

@Suite struct ServerAddressTests {
    @Test(arguments: [
        ("cuc-pub.example.com", "https", "cuc-pub.example.com", nil),
        ("10.0.0.5", "https", "10.0.0.5", nil),
        ("2001:db8::10", "https", "2001:db8::10", nil),
        ("[2001:db8::10]", "https", "2001:db8::10", nil),
        ("[2001:db8::10]:8443", "https", "2001:db8::10", 8443),
        ("cuc:8443", "https", "cuc", 8443),
        ("https://cuc.example.com", "https", "cuc.example.com", nil),
        ("HTTP://127.0.0.1:8080/", "http", "127.0.0.1", 8080),
        ("::1", "https", "::1", nil),
        ("::ffff:192.0.2.1", "https", "::ffff:192.0.2.1", nil),
        ("1:2:3:4:5:6:7:8", "https", "1:2:3:4:5:6:7:8", nil),
    ] as [(String, String, String, Int?)])
    func parses(text: String, scheme: String, host: String, port: Int?) throws {
        let address = try ServerAddress(text)
        #expect(address.scheme == scheme)
        #expect(address.host == host)
        #expect(address.port == port)
    }

    @Test(arguments: [
        "", "ftp://cuc", "cuc/vmrest", "cuc:0", "cuc:65536", "cuc:port", "cuc:", "[2001:db8::10", "[cuc]", "[::1]x",
        "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "cuc pub", "-cuc", "user@cuc", "cuc?x", "https://",
    ])
    func refuses(text: String) {
        #expect(throws: ServerAddressError.self) { try ServerAddress(text) }
    }

    @Test func describesWithBrackets() throws {
        #expect(try ServerAddress("[2001:db8::10]:8443").description == "https://[2001:db8::10]:8443")
        #expect(try ServerAddress("fe80::1%eth0").authority == "[fe80::1%25eth0]")
        #expect(try ServerAddress("http://cuc").description == "http://cuc")
    }
}
