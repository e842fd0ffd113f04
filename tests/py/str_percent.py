# printf-style % formatting of strings.
print('%s %d' % ('a', 5), '%s' % 'solo', '%s' % (None,), '%s' % [1, 2], '%s' % ((1, 2),))
print('[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]' % (42, 42, 42, 42, 42, -42))
print('%x %X %o %#x %#X %#o %x' % (255, 255, 8, 255, 255, 8, -255))
print('%e %E %f %g %G' % (12345.678, 0.000123, 3.14159, 1e-5, 1e20))
print('%.2f %10.3f| %-10.3f| %.0f %.0f %.1f' % (2.675, 3.14159, 3.14159, 0.5, 1.5, 0.25))
print('%.3e %.2g %g %g %g' % (123456.0, 123456.0, 100000.0, 1000000.0, 0.0001))
print('%r %r %r %s' % ('x', 1.5, 'é', 'é'))
print('100%% sure' % (), '%c%c%c' % (72, 105, 33), '%c' % 'z')
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%(x)s%(x)s' % {'x': 'ab'})
print('[%5s] [%-5s] [%.3s] [%5.1s]' % ('ab', 'ab', 'abcdef', 'xyz'))
print('%*d|%-*d|%.*f' % (5, 3, 4, 7, 2, 3.14159))
print('%d %i %d %d' % (3.9, -3.9, True, 2 ** 70))
print('%s and %s' % (1, 2.0), '%s' % {'k': 'v'}, '%d%%' % 50)
print('%5.2f%%' % 99.567, '%u' % 12, '%a' % 'é')
print('%.10f %.15f %f' % (1 / 3, 0.1, 1e20))
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%x %o' % (2 ** 80, 2 ** 40), '%d' % -0, '%.0e' % 5)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%c', 'ab'), ('%(k)s', 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
try:
    print('%(missing)s' % {'k': 1})
except KeyError as e:
    print('KeyError', e)
print('%s' % 'tuple ' + 'concat', '%s-%s' % tuple('ab'))
name = 'World'
print('Hello, %s! You are %d years and %.1f%% done.' % (name, 7, 12.345))
