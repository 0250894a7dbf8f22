public func theAnswer() -> Int { answer }
