# str.format and format() mini-language.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}!'.format(name='hi'))
print('{0[1]} {0[0]}'.format(['p', 'q']), '{d[k]}'.format(d={'k': 'v'}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
print('{p.x},{p.y}'.format(p=P()))
print('[{:>10}]'.format('hi'), '[{:<10}]'.format('hi'), '[{:^10}]'.format('hi'), '[{:^9}]'.format('hi'))
print('[{:*^11}]'.format('mid'), '[{:->6}]'.format(42), '[{:=+8}]'.format(-42), '[{:0=8}]'.format(-42))
print('[{:5}]'.format(42), '[{:5}]'.format('ab'), '[{:<5}]'.format(42), '[{:05}]'.format(-3))
print('{:+d} {:+d} {: d} {: d} {:-d}'.format(5, -5, 5, -5, 5))
print('{:,} {:_} {:,.2f} {:_x} {:,}'.format(1234567, 1234567, 1234567.891, 0xDEADBEEF, -1000))
print('{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X}'.format(10, 64, 255, 255, 5, 8, 255, 255))
print('{:08b} {:#010x} {:c} {:d}'.format(5, 255, 97, True))
print('{:e} {:E} {:.2e} {:.0e}'.format(12345.678, 0.000123, 9.999, 5e10))
print('{:f} {:.2f} {:.0f} {:.0f} {:.0f} {:8.3f}|'.format(3.14159, 2.675, 0.5, 1.5, 2.5, -1.5))
print('{:g} {:g} {:g} {:g} {:.3g} {:.3g} {:G}'.format(1e-5, 1e-4, 123456, 1234567, 3.14159, 1234.5, 1e20))
print('{:%} {:.1%} {:.0%}'.format(0.25, 0.12345, 1))
print('{} {} {}'.format(1.0, 1e20, 1e-7), '{:.3}'.format(3.14159), '{:.3}'.format(1234.5))
print('{!r} {!s} {!r}'.format('q', 'q', 1.5), '{{literal}} {}'.format(0))
print(format(3.14159, '.2f'), format(255, 'x'), format('abc', '>5'), format(123), format(-0.0, '.1f'))
print(format(1e20, 'f'), format(float('inf'), 'f'), format(float('nan'), '+f'), format(-1e-3, 'e'))
print(format(2 ** 100, ','), format(-2 ** 70, 'x'), format(10 ** 25, 'e'))
print('[{:10.3s}]'.format('abcdef'), '[{:<5d}]'.format(7), '{0}{1}{0}'.format('a', 'b'))
w, p = 10, 3
print('[{:{w}.{p}f}]'.format(3.14159, w=w, p=p), '[{:{}}]'.format('x', 4), '[{0:{1}}]'.format(7, 3))
print('{:.2f}'.format(1e-10), '{:.15f}'.format(0.1), '{:.20f}'.format(0.1))
print('{:.17g} {:.17g}'.format(0.1, 1 / 3), '{:.1f} {:.1f}'.format(0.25, 0.35))
print('{:>8.2%}|{:<+8.1f}|{:^+9.2e}'.format(0.5, 2.25, 12345.0))
print(format(1234.5, ',.2f'), format(1234, '08,d'), format(0.5, '.0%'), format(12, 'n') if False else '')
print(format(True), format(None), format([1, 2]), format((1,)), str.format('{}', {'a': 1}))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = '%d.%02d' % divmod(self.cents, 100)
        return format('$' + s, spec)
print('{}|{:>10}|'.format(Money(12345), Money(5)))
print('{:.2f}'.format(2.5), '{:.1f}'.format(0.05), '{:.2f}'.format(1.005), '{:.3f}'.format(-0.0005))
print('{:x}'.format(-255), '{:#b}'.format(-5), '{:+#o}'.format(8))
print('{0:>{1}}'.format('r', 3), '{:^{}}'.format('c', 5) + '|')
for bad in ['{', '}', '{0} {', '{:d}']:
    try:
        bad.format('s')
        print(repr(bad), 'ok?')
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__)
try:
    '{} {}'.format(1)
except IndexError:
    print('IndexError missing positional')
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
