#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference implementation of Holt's linear and damped trend for
tests/test_project_holt.c (pure standard library; no statsmodels here).

Recursion (Hyndman & Athanasopoulos, FPP 2nd ed., 7.2-7.4), started from
l0 = y0, b0 = y1 - y0; SSE of the one-step errors of t = 2 .. n-1.
Forecast variance: the closed forms of Hyndman, Koehler, Ord & Snyder
(2008), Table 6.1 / FPP2 Table 7.8, with the ETS beta = alpha * beta*:
  AAN : s2 [1 + (h-1){a^2 + a b h + b^2 h (2h-1) / 6}]
  AAdN: s2 [1 + a^2 (h-1) + b phi h / (1-phi)^2 {2a(1-phi) + b phi}
            - b phi (1-phi^h) / ((1-phi)^2 (1-phi^2))
              {2a(1-phi^2) + b phi (1 + 2 phi - phi^h)}]
The script checks them against the sum 1 + sum_j c_j^2 (the C library uses
the sum) before writing anything.  Fitted parameters: a fine grid, then a
Nelder-Mead simplex written out below, on logit-transformed parameters
(alpha, beta in (0, 1), phi in (0.8, 0.98)).
Run: python3 holt_ref.py > holt_ref.h"""
import math
from statistics import NormalDist

Y = [100.0, 108.0, 115.0, 125.0, 131.0, 142.0, 150.0, 161.0]
Y2 = [52.1, 55.0, 59.3, 61.2, 63.0, 63.9]   # flattening: damped fits best
H = 5
LEVEL = 0.95


def holt(y, a, b, phi):
    l, tr, sse = y[0], y[1] - y[0], 0.0
    for t in range(1, len(y)):
        f = l + phi * tr
        e = y[t] - f
        if t >= 2:
            sse += e * e
        ln = a * y[t] + (1 - a) * f
        tr = b * (ln - l) + (1 - b) * phi * tr
        l = ln
    return sse, l, tr


def var_sum(a, bstar, phi, h):
    v, ps = 1.0, 0.0
    for j in range(1, h):
        ps += phi ** j
        v += (a * (1 + bstar * ps)) ** 2
    return v


def var_closed(a, bstar, phi, h):
    b = a * bstar
    if phi == 1.0:
        return 1 + (h - 1) * (a * a + a * b * h + b * b * h * (2 * h - 1) / 6)
    return (1 + a * a * (h - 1)
            + b * phi * h / (1 - phi) ** 2 * (2 * a * (1 - phi) + b * phi)
            - b * phi * (1 - phi ** h) / ((1 - phi) ** 2 * (1 - phi * phi))
            * (2 * a * (1 - phi * phi) + b * phi * (1 + 2 * phi - phi ** h)))


def forecast(y, a, b, phi):
    sse, l, tr = holt(y, a, b, phi)
    s2 = sse / (len(y) - 2)
    z = NormalDist().inv_cdf(1 - (1 - LEVEL) / 2)
    out = []
    ps = 0.0
    for h in range(1, H + 1):
        ps += phi ** h
        vc = var_closed(a, b, phi, h)
        assert abs(vc - var_sum(a, b, phi, h)) <= 1e-12 * vc, (h, vc)
        c = l + ps * tr
        se = math.sqrt(s2 * vc)
        out.append((c, c - z * se, c + z * se))
    return sse, out


def logistic(u):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, u))))


def nelder_mead(f, x0, step=0.5, tol=1e-13, iters=20000):
    n = len(x0)
    pts = [list(x0)] + [[x0[j] + (step if j == i else 0) for j in range(n)]
                        for i in range(n)]
    vals = [f(p) for p in pts]
    for _ in range(iters):
        order = sorted(range(n + 1), key=lambda i: vals[i])
        pts = [pts[i] for i in order]
        vals = [vals[i] for i in order]
        if vals[-1] - vals[0] <= tol * (abs(vals[0]) + tol):
            break
        cen = [sum(p[j] for p in pts[:-1]) / n for j in range(n)]
        xr = [cen[j] + (cen[j] - pts[-1][j]) for j in range(n)]
        fr = f(xr)
        if fr < vals[0]:
            xe = [cen[j] + 2 * (cen[j] - pts[-1][j]) for j in range(n)]
            fe = f(xe)
            pts[-1], vals[-1] = (xe, fe) if fe < fr else (xr, fr)
        elif fr < vals[-2]:
            pts[-1], vals[-1] = xr, fr
        else:
            xc = [cen[j] + 0.5 * (pts[-1][j] - cen[j]) for j in range(n)]
            fc = f(xc)
            if fc < vals[-1]:
                pts[-1], vals[-1] = xc, fc
            else:
                for i in range(1, n + 1):
                    pts[i] = [pts[0][j] + 0.5 * (pts[i][j] - pts[0][j])
                              for j in range(n)]
                    vals[i] = f(pts[i])
    i = min(range(n + 1), key=lambda i: vals[i])
    return pts[i], vals[i]


def fit(y, damped):
    def par(u):
        a, b = logistic(u[0]), logistic(u[1])
        phi = 0.8 + 0.18 * logistic(u[2]) if damped else 1.0
        return a, b, phi

    def obj(u):
        return holt(y, *par(u))[0]

    best, start = math.inf, None
    grid = [0.01 + 0.02 * i for i in range(50)]
    phis = [0.80 + 0.02 * i for i in range(10)] if damped else [1.0]
    for a in grid:
        for b in grid:
            for phi in phis:
                s = holt(y, a, b, phi)[0]
                if s < best:
                    best, start = s, (a, b, phi)
    lg = lambda p: math.log(p / (1 - p))
    u0 = [lg(start[0]), lg(start[1])]
    if damped:
        u0.append(lg(min(max((start[2] - 0.8) / 0.18, 1e-6), 1 - 1e-6)))
    u, v = nelder_mead(obj, u0)
    # restart once from the optimum: Nelder-Mead can stall
    u, v = nelder_mead(obj, u)
    return par(u), v


def emit(name, arr):
    print(f"static const double {name}[] = {{ "
          + ", ".join(repr(x) for x in arr) + " };")


def main():
    print("/* SPDX-License-Identifier: GPL-3.0-or-later */")
    print("/* Generated by holt_ref.py; do not edit. */")
    emit("holt_y", Y)
    emit("holt_y2", Y2)
    for name, y, a, b, phi in (("holt_fixed", Y, 0.6, 0.3, 1.0),
                               ("damped_fixed", Y, 0.7, 0.2, 0.9)):
        sse, fc = forecast(y, a, b, phi)
        emit(f"{name}_par", [a, b, phi, sse])
        for k, tag in enumerate(("point", "lower", "upper")):
            emit(f"{name}_{tag}", [f[k] for f in fc])
    for name, y, damped in (("holt_fit", Y, False), ("damped_fit", Y2, True),
                            ("holt_fit2", Y2, False)):
        (a, b, phi), sse = fit(y, damped)
        emit(f"{name}_par", [a, b, phi, sse])


if __name__ == "__main__":
    main()
