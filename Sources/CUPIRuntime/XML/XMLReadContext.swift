import LibXML

/// The state one decode shares among all its `XMLElementReader`s: the stream, the element path,
/// and which element's content is still unread.
///
/// Element readers are cheap values; the bookkeeping here is what lets a reader that a generated
/// initializer ignored be skipped whole, and lets an error name the element it happened in.
final class XMLReadContext {
    let stream: XMLStreamReader

    /// One entry per open element, root first.
    private struct Frame {
        var element: XMLStreamElement
        /// Position among the run of same-named siblings (1-based).
        var index: Int
        var lastChildName: UnsafeRawPointer?
        var lastChildRun: Int
    }

    /// The mutable state, behind a pointer: stored properties of a class that change on every
    /// element cost a dynamic exclusivity check per access (about 7% of a decode), and a decode
    /// uses its context from one thread, one call at a time.
    private struct State {
        var frames: [Frame] = []
        var nextSerial = 0
        var unreadSerial = -1
        var finishedSerial = -1
        var scratch = ScratchBytes()
    }

    /// A growable byte buffer that is never shared, so appending costs no uniqueness check or
    /// reference counting (an `[UInt8]` cost both, per value).
    struct ScratchBytes {
        private var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        private var capacity = 256
        private(set) var count = 0

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        mutating func removeAll() { count = 0 }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress else { return }
            if count + bytes.count > capacity {
                capacity = max(capacity * 2, count + bytes.count)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.update(from: base, count: count)
                base.deallocate()
                base = grown
            }
            (base + count).update(from: source, count: bytes.count)
            count += bytes.count
        }

        func deallocate() { base.deallocate() }
    }

    private let state: UnsafeMutablePointer<State>
    private var frames: [Frame] {
        _read { yield state.pointee.frames }
        _modify { yield &state.pointee.frames }
    }

    /// The serial of the element whose start tag the stream is on and whose content nobody read yet.
    var unreadSerial: Int {
        get { state.pointee.unreadSerial }
        set { state.pointee.unreadSerial = newValue }
    }
    /// The bytes of the simple value being read (see `XMLElementReader.value`), reused for every value.
    var scratch: ScratchBytes {
        _read { yield state.pointee.scratch }
        _modify { yield &state.pointee.scratch }
    }
    /// The serial of the element whose end the stream has just reached through a content read.
    var finishedSerial: Int {
        get { state.pointee.finishedSerial }
        set { state.pointee.finishedSerial = newValue }
    }

    init(stream: XMLStreamReader) {
        self.stream = stream
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        frames.reserveCapacity(32)
    }

    deinit {
        state.pointee.scratch.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Makes a reader for the element the stream is on and enters it.
    func enterElement() -> XMLElementReader {
        // The stream is on an element start, so this always succeeds.
        let element = stream.currentElement!
        let name = element.nameToken
        var index = 1
        if !frames.isEmpty {
            let parent = frames.count - 1
            if frames[parent].lastChildName == name {
                frames[parent].lastChildRun += 1
            } else {
                frames[parent].lastChildName = name
                frames[parent].lastChildRun = 1
            }
            index = frames[parent].lastChildRun
        }
        frames.append(Frame(element: element, index: index, lastChildName: nil, lastChildRun: 0))
        state.pointee.nextSerial += 1
        let serial = state.pointee.nextSerial
        unreadSerial = serial
        return XMLElementReader(
            contextReference: Unmanaged.passUnretained(self), element: element, serial: serial, level: frames.count, isEmpty: stream.isEmptyElement)
    }

    /// Leaves `child`, first moving the stream to its end if the caller did not read it all.
    func leaveElement(_ child: XMLElementReader) throws {
        if unreadSerial == child.serial {
            unreadSerial = -1
            if !child.isEmpty { try stream.skipElement() }
        } else if finishedSerial != child.serial && !child.isEmpty {
            // The caller caught an error thrown halfway through the child: resynchronize.
            while try stream.read() {
                if stream.kind == .endElement && stream.depth == child.depth { break }
            }
        }
        // Nearly always one frame; removeLast(_:) goes through the general replaceSubrange.
        while frames.count >= child.level { frames.removeLast() }
    }

    /// The path of the innermost open element, e.g. `Users/User[3]/Alias`.
    var path: String {
        var parts: [String] = []
        parts.reserveCapacity(frames.count)
        for frame in frames {
            let name = stream.localName(of: frame.element)
            parts.append(frame.index > 1 ? "\(name)[\(frame.index)]" : name)
        }
        return parts.joined(separator: "/")
    }

    /// An error at the innermost open element.
    func error(_ message: String) -> XMLDecodingError {
        XMLDecodingError(message: message, path: path, line: frames.last.map { stream.line(of: $0.element) } ?? stream.parserLine)
    }

    /// A libxml2 failure (malformed or truncated input) as a decoding error at the current path.
    func error(_ failure: XMLParseFailure) -> XMLDecodingError {
        let first = failure.problems.first
        return XMLDecodingError(
            message: first?.message ?? "not well-formed XML", path: path,
            line: first?.line ?? stream.parserLine, column: first?.column)
    }
}
