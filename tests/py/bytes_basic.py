# bytes and bytearray.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(bytes([65, 66, 67]), bytes(3), bytes(), bytes(b'xy'), bytes('é', 'utf-8'))
print(b'a\x00\xff\n\t\\\'', repr(b'"'), repr(b"'"), repr(b'\'"'))
print(b'ab' + b'cd', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'yz' in b'xyz', 0 in b'x')
print([c for c in b'AZ'], b'abc' == b'abc', b'abc' < b'abd', b'' < b'\x00', b'a' != 'a')
print('héllo'.encode(), 'héllo'.encode('utf-8').decode(), b'h\xc3\xa9'.decode('utf-8'))
print('abc'.encode('ascii'), b'abc'.decode('ascii'), len('😀'.encode()))
print(b'hello'.hex(), bytes.fromhex('48 65 6c6c 6f'), b''.hex(), b'\x00\xff'.hex())
print(b'Hello World'.upper(), b'Hello'.lower(), b' x '.strip(), b'a,b,c'.split(b','))
print(b'a b  c'.split(), b'xxhixx'.strip(b'x'), b'aaa'.replace(b'a', b'bc'), b'-'.join([b'a', b'b']))
print(b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'), b'hello'.find(b'l'), b'hello'.rfind(b'l'))
print(b'hello'.count(b'l'), b'hello'.index(b'o'), b'k=v'.partition(b'='), b'abc'.isalpha(), b'12'.isdigit())
print(b'abc'.center(7, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'), b'Ab'.swapcase())
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'x' == bytes([120]))
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
print(ba, len(ba), bytes(ba), ba[1], ba[-2:])
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 33)
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray(b'q') + b'r')
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'),
      int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print((2 ** 64).to_bytes(9, 'big'), int.from_bytes(bytes(range(10)), 'big'))
print(b'%s=%d' % (b'k', 5), b'abc'[1:2] == b'b', type(b'a'[0]).__name__)
for bad in [lambda: b'a' + 'b', lambda: bytes([256]), lambda: 'é'.encode('ascii'),
            lambda: b'\xff'.decode('utf-8'), lambda: (300).to_bytes(1, 'big'), lambda: b'x'[5]]:
    try:
        bad()
        print('no error?')
    except Exception as e:
        print(type(e).__name__)
try:
    b'abc'[0] = 1
except TypeError:
    print('TypeError bytes immutable')
print(str(b'ab'), bytes(reversed(b'abc')), sorted(b'cab'), max(b'az'), sum(b'\x01\x02'))
