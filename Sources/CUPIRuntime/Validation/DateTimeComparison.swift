/// The outcome of comparing two values in XSD's order; nil where XSD's order is partial and the
/// two values are incomparable (a date with a time zone against one without, close together).
enum XSDOrder { case less, equal, greater }

/// An xs:dateTime, xs:date or xs:time reduced to seconds and fraction digits, for bound checks.
struct XSDDateTime {
    /// Seconds of the local value from 0001-01-01T00:00:00 (proleptic Gregorian).
    var localSeconds: Int64
    /// Fraction-of-second digits without trailing zeros.
    var fraction: [UInt8]
    /// The time-zone offset in minutes, or nil when the value has none.
    var offsetMinutes: Int?

    /// Parses `text` as the lexical form of `kind` (`.dateTime`, `.date` or `.time`).
    init?(_ text: String, kind: ValueKind) {
        var scanner = LexicalScanner(text)
        var seconds: Int64 = 0
        if kind == .dateTime || kind == .date {
            let negative = scanner.take("-")
            guard let year = scanner.number(minDigits: 4), scanner.take("-"),
                  let month = scanner.number(digits: 2), scanner.take("-"), let day = scanner.number(digits: 2),
                  (1...12).contains(month), (1...31).contains(day) else { return nil }
            seconds = Self.days(year: negative ? -year : year, month: month, day: day) * 86_400
            if kind == .dateTime { guard scanner.take("T") else { return nil } }
        }
        fraction = []
        if kind == .dateTime || kind == .time {
            guard let hour = scanner.number(digits: 2), scanner.take(":"), let minute = scanner.number(digits: 2), scanner.take(":"),
                  let second = scanner.number(digits: 2), hour <= 24, minute < 60, second < 60 else { return nil }
            if scanner.take(".") {
                guard let digits = scanner.digits(), !digits.isEmpty else { return nil }
                fraction = Array(digits.reversed().drop { $0 == UInt8(ascii: "0") }.reversed())
            }
            seconds += hour * 3600 + minute * 60 + second
        }
        offsetMinutes = nil
        if scanner.take("Z") {
            offsetMinutes = 0
        } else if let sign = scanner.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            _ = scanner.take(sign == UInt8(ascii: "+") ? "+" : "-")
            guard let hours = scanner.number(digits: 2), scanner.take(":"), let minutes = scanner.number(digits: 2),
                  hours <= 14, minutes < 60 else { return nil }
            offsetMinutes = Int((hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1))
        }
        guard scanner.isAtEnd else { return nil }
        localSeconds = seconds
    }

    /// Days from 0001-01-01 (Howard Hinnant's days-from-civil, shifted).
    private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    private func key(shift: Int64) -> (Int64, [UInt8]) {
        (localSeconds - Int64(offsetMinutes ?? 0) * 60 + shift, fraction)
    }

    /// XSD's order: exact when both or neither have a time zone; otherwise the value without one
    /// may be anywhere from -14:00 to +14:00, and only a gap wider than that decides.
    static func order(_ lhs: XSDDateTime, _ rhs: XSDDateTime) -> XSDOrder? {
        let fourteenHours: Int64 = 14 * 3600
        if (lhs.offsetMinutes == nil) == (rhs.offsetMinutes == nil) { return compare(lhs.key(shift: 0), rhs.key(shift: 0)) }
        if lhs.offsetMinutes != nil {
            if compare(lhs.key(shift: 0), rhs.key(shift: -fourteenHours)) == .less { return .less }
            if compare(lhs.key(shift: 0), rhs.key(shift: fourteenHours)) == .greater { return .greater }
            return nil
        }
        return order(rhs, lhs).map { $0 == .less ? .greater : $0 == .greater ? .less : .equal }
    }

    private static func compare(_ lhs: (Int64, [UInt8]), _ rhs: (Int64, [UInt8])) -> XSDOrder {
        if lhs.0 != rhs.0 { return lhs.0 < rhs.0 ? .less : .greater }
        if lhs.1 == rhs.1 { return .equal }
        return lhs.1.lexicographicallyPrecedes(rhs.1) ? .less : .greater
    }
}

/// An xs:duration as months and seconds, for bound checks.
struct XSDDuration {
    var months: Int64
    var seconds: Double

    init?(_ text: String) {
        var scanner = LexicalScanner(text)
        let sign: Double = scanner.take("-") ? -1 : 1
        guard scanner.take("P") else { return nil }
        var months: Int64 = 0
        var seconds: Double = 0
        var components = 0
        var inTime = false
        while !scanner.isAtEnd {
            if scanner.take("T") {
                guard !inTime else { return nil }
                inTime = true
                continue
            }
            guard let digits = scanner.digits(), !digits.isEmpty else { return nil }
            var number = Double(String(decoding: digits, as: UTF8.self)) ?? 0
            if scanner.take(".") {
                guard inTime, let fraction = scanner.digits(), !fraction.isEmpty,
                      let value = Double(String(decoding: digits + [UInt8(ascii: ".")] + fraction, as: UTF8.self)) else { return nil }
                number = value
                guard scanner.peek == UInt8(ascii: "S") else { return nil }
            }
            switch (inTime, scanner.next()) {
            case (false, UInt8(ascii: "Y")): months += Int64(number) * 12
            case (false, UInt8(ascii: "M")): months += Int64(number)
            case (false, UInt8(ascii: "D")): seconds += number * 86_400
            case (true, UInt8(ascii: "H")): seconds += number * 3600
            case (true, UInt8(ascii: "M")): seconds += number * 60
            case (true, UInt8(ascii: "S")): seconds += number
            default: return nil
            }
            components += 1
        }
        guard components > 0, !text.hasSuffix("T") else { return nil }
        self.months = months * Int64(sign)
        self.seconds = seconds * sign
    }

    /// XSD's partial order: months count as 28 to 31 days (a year as 365 or 366), so P1M < P32D
    /// is decided but P1M against P30D is not.
    static func order(_ lhs: XSDDuration, _ rhs: XSDDuration) -> XSDOrder? {
        let monthDifference = lhs.months - rhs.months
        let secondDifference = lhs.seconds - rhs.seconds
        if monthDifference == 0 {
            return secondDifference == 0 ? .equal : secondDifference < 0 ? .less : .greater
        }
        let span = monthDifference.magnitude
        let shortest = Double(Int64(span / 12) * 365 + minimumDays[Int(span % 12)]) * 86_400
        let longest = Double(Int64(span / 12) * 366 + maximumDays[Int(span % 12)]) * 86_400
        let (low, high) = monthDifference > 0
            ? (secondDifference + shortest, secondDifference + longest)
            : (secondDifference - longest, secondDifference - shortest)
        if low > 0 { return .greater }
        if high < 0 { return .less }
        return nil
    }

    private static let minimumDays: [Int64] = [0, 28, 59, 89, 120, 150, 181, 212, 242, 273, 303, 334]
    private static let maximumDays: [Int64] = [0, 31, 62, 92, 123, 153, 184, 215, 245, 276, 306, 337]
}

/// A cursor over the UTF-8 of a lexical form.
struct LexicalScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func next() -> UInt8? {
        defer { index += 1 }
        return peek
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func digits() -> [UInt8]? {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return Array(bytes[start..<index])
    }

    mutating func number(digits count: Int) -> Int64? {
        guard let digits = digits(), digits.count == count else { return nil }
        return Int64(String(decoding: digits, as: UTF8.self))
    }

    mutating func number(minDigits: Int) -> Int64? {
        guard let digits = digits(), digits.count >= minDigits, digits.count <= 12 else { return nil }
        return Int64(String(decoding: digits, as: UTF8.self))
    }
}
