# Float arithmetic: a Mandelbrot set on a small grid and a numerical integration.
import sys
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0   # below 1: a smaller run (the GPU benchmark)

def mandel(w, h, maxit):
    count = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.0 + 2.8 * px / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < maxit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            count += n
    return count

def integrate(n):
    # Simpson's rule for the integral of 4/(1+x^2) over [0, 1] (= pi)
    h = 1.0 / n
    s = 4.0 + 2.0
    for k in range(1, n):
        x = k * h
        f = 4.0 / (1.0 + x * x)
        if k % 2:
            s += 4.0 * f
        else:
            s += 2.0 * f
    return s * h / 3.0

print(mandel(int(280 * SCALE ** 0.5), int(210 * SCALE ** 0.5), 100))
print(round(integrate(max(2, int(3000000 * SCALE))), 10))
