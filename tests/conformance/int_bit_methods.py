# int.bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer-like helpers
for n in [0, 1, -1, 7, 8, -8, 255, 256, 2**64, -(2**64), 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b""), int.from_bytes(b"\x01" * 20, "little"))
for n, args in [(1000, (1, "big")), (-1000, (2, "big")), (1000, (2, "middle")), (128, (1, "big", True)), (-129, (1, "little", True))]:
    try:
        print(n.to_bytes(args[0], args[1], signed=args[2] if len(args) > 2 else False))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2**70).to_bytes(9, "big"), int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70)
