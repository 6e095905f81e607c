# SPDX-License-Identifier: GPL-3.0-or-later
"""econind for Python: a small ctypes binding over libeconind.

Loads observation files into a dataset and returns what the C library
computes as plain Python values: levels, reported and derived growth, the
gaps to targets and projections with their bands. Missing figures are None,
with the library's reason code beside them ("caliber-break", "missing" ...).
No extra packages: the standard library's ctypes only.

The shared library is found through $ECONIND_LIB (a path), else the system
loader's "libeconind.so.0" (installed with the library).

    >>> import econind
    >>> with econind.Dataset("datasets/hanyang") as ds:
    ...     ds.growth("地区生产总值")[0]
    {'period': '2017', 'value': 948.0, 'status': 'estimate', 'reported': 7.0,
     'derived': None, 'derived_reason': 'out-of-range', ...}
"""
import ctypes
import ctypes.util
import math
import os

__all__ = ["Dataset", "Error", "library_version"]

FREQ_ANNUAL = 1


class Error(Exception):
    """A failure reported by the library, as file:line:column: message."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("line", ctypes.c_ulong),
                ("column", ctypes.c_ulong), ("offset", ctypes.c_longlong),
                ("source", ctypes.c_char * 256), ("text", ctypes.c_char * 320)]


class _Period(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int), ("freq", ctypes.c_int),
                ("sub", ctypes.c_int), ("first", ctypes.c_int)]


class _Span(ctypes.Structure):
    _fields_ = [("first", _Period), ("last", _Period)]


class _GrowthCheck(ctypes.Structure):
    _fields_ = [("period", _Period), ("derived", ctypes.c_double),
                ("derived_reason", ctypes.c_int),
                ("reported", ctypes.c_double),
                ("difference", ctypes.c_double),
                ("deflator", ctypes.c_double),
                ("caliber_flag", ctypes.c_bool)]


class _Target(ctypes.Structure):
    _fields_ = [("region", ctypes.c_char_p), ("indicator", ctypes.c_char_p),
                ("span", _Span), ("base", _Period), ("kind", ctypes.c_int),
                ("op", ctypes.c_int), ("value", ctypes.c_double),
                ("unit", ctypes.c_char_p), ("tolerance", ctypes.c_double),
                ("linked_indicator", ctypes.c_char_p),
                ("attribute", ctypes.c_int), ("direction", ctypes.c_int),
                ("source", ctypes.c_char_p), ("note", ctypes.c_char_p),
                ("file", ctypes.c_char_p), ("line", ctypes.c_ulong)]


class _Gap(ctypes.Structure):
    _fields_ = [("verdict", ctypes.c_int), ("reason", ctypes.c_int),
                ("provisional", ctypes.c_bool), ("derived", ctypes.c_bool),
                ("bound", ctypes.c_int), ("status", ctypes.c_int),
                ("period", _Period), ("actual", ctypes.c_double),
                ("target", ctypes.c_double), ("gap", ctypes.c_double),
                ("gap_pct", ctypes.c_double), ("direction", ctypes.c_int)]


class _Requirement(ctypes.Structure):
    _fields_ = [("reason", ctypes.c_int), ("met", ctypes.c_bool),
                ("provisional", ctypes.c_bool), ("latest", _Period),
                ("latest_value", ctypes.c_double),
                ("periods_left", ctypes.c_long),
                ("required", ctypes.c_double), ("progress", ctypes.c_double)]


class _ProjectOptions(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint), ("method", ctypes.c_int),
                ("horizon", ctypes.c_int), ("to", _Period),
                ("rate", ctypes.c_double), ("k", ctypes.c_int),
                ("level", ctypes.c_double), ("target", ctypes.c_double),
                ("paths", ctypes.c_size_t), ("seed", ctypes.c_ulong),
                ("growth_source", ctypes.c_int), ("alpha", ctypes.c_double),
                ("beta", ctypes.c_double), ("phi", ctypes.c_double)]


_P = ctypes.c_void_p
_VERDICTS = {0: "unknown", 1: "met", 2: "not met"}


def _load():
    path = os.environ.get("ECONIND_LIB") or ctypes.util.find_library("econind")
    lib = ctypes.CDLL(path or "libeconind.so.0")
    sig = {
        "ei_version": (ctypes.c_char_p, []),
        "ei_error_format": (ctypes.c_int, [ctypes.POINTER(_Error),
                                           ctypes.c_char_p, ctypes.c_size_t]),
        "ei_dataset_new": (ctypes.c_int, [ctypes.POINTER(_P), _P,
                                          ctypes.POINTER(_Error)]),
        "ei_dataset_free": (None, [_P]),
        "ei_dataset_registry": (_P, [_P]),
        "ei_dataset_count": (ctypes.c_size_t, [_P]),
        "ei_dataset_at": (_P, [_P, ctypes.c_size_t]),
        "ei_dataset_find": (_P, [_P, ctypes.c_char_p, ctypes.c_char_p,
                                 ctypes.c_int]),
        "ei_csv_read_file": (ctypes.c_int, [_P, ctypes.c_char_p, _P,
                                            ctypes.POINTER(ctypes.c_size_t),
                                            ctypes.POINTER(_Error)]),
        "ei_series_len": (ctypes.c_size_t, [_P]),
        "ei_series_region": (ctypes.c_char_p, [_P]),
        "ei_series_indicator": (ctypes.c_char_p, [_P]),
        "ei_series_freq": (ctypes.c_int, [_P]),
        "ei_series_period_at": (_Period, [_P, ctypes.c_size_t]),
        "ei_series_value_at": (ctypes.c_double, [_P, ctypes.c_size_t]),
        "ei_series_reason_at": (ctypes.c_int, [_P, ctypes.c_size_t]),
        "ei_series_status_at": (ctypes.c_int, [_P, ctypes.c_size_t]),
        "ei_obs_status_name": (ctypes.c_char_p, [ctypes.c_int]),
        "ei_period_format": (ctypes.c_int, [_Period, ctypes.c_char_p,
                                            ctypes.c_size_t]),
        "ei_period_parse": (ctypes.c_int, [ctypes.POINTER(_Period),
                                           ctypes.c_char_p, ctypes.c_size_t,
                                           ctypes.POINTER(_Error)]),
        "ei_span_format": (ctypes.c_int, [_Span, ctypes.c_char_p,
                                          ctypes.c_size_t]),
        "ei_reason_code": (ctypes.c_char_p, [ctypes.c_int]),
        "ei_growth_check_series": (ctypes.c_int, [
            ctypes.POINTER(ctypes.POINTER(_GrowthCheck)),
            ctypes.POINTER(ctypes.c_size_t), _P, _P,
            ctypes.POINTER(_Error)]),
        "ei_growth_checks_free": (None, [ctypes.POINTER(_GrowthCheck)]),
        "ei_targets_read_file": (ctypes.c_int, [ctypes.POINTER(_P),
                                                ctypes.c_char_p, _P, _P,
                                                ctypes.POINTER(_Error)]),
        "ei_targets_free": (None, [_P]),
        "ei_targets_count": (ctypes.c_size_t, [_P]),
        "ei_targets_at": (ctypes.POINTER(_Target), [_P, ctypes.c_size_t]),
        "ei_target_kind_name": (ctypes.c_char_p, [ctypes.c_int]),
        "ei_target_op_symbol": (ctypes.c_char_p, [ctypes.c_int]),
        "ei_gap_evaluate": (ctypes.c_int, [ctypes.POINTER(_Gap),
                                           ctypes.POINTER(_Target), _P, _P,
                                           ctypes.POINTER(_Error)]),
        "ei_target_requirement": (ctypes.c_int, [
            ctypes.POINTER(_Requirement), ctypes.POINTER(_Target), _P, _P,
            ctypes.POINTER(_Error)]),
        "ei_project_method_parse": (ctypes.c_int, [
            ctypes.POINTER(ctypes.c_int), ctypes.c_char_p,
            ctypes.POINTER(_Error)]),
        "ei_project": (ctypes.c_int, [ctypes.POINTER(_P), _P,
                                      ctypes.POINTER(_ProjectOptions),
                                      ctypes.POINTER(_Error)]),
        "ei_projection_free": (None, [_P]),
        "ei_projection_point": (_P, [_P]),
        "ei_projection_lower": (_P, [_P]),
        "ei_projection_upper": (_P, [_P]),
        "ei_projection_method_name": (ctypes.c_char_p, [_P]),
        "ei_projection_prob_reach": (ctypes.c_int, [
            _P, _Period, ctypes.c_double, ctypes.POINTER(ctypes.c_double),
            ctypes.POINTER(_Error)]),
    }
    for name, (res, args) in sig.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
    return lib


_lib = _load()


def library_version():
    """The version of the loaded libeconind, e.g. "0.1.0"."""
    return _lib.ei_version().decode()


def _check(rc, err):
    if rc != 0:
        buf = ctypes.create_string_buffer(1024)
        _lib.ei_error_format(ctypes.byref(err), buf, len(buf))
        raise Error(buf.value.decode("utf-8", "replace"), rc)


def _num(v):
    return None if math.isnan(v) else v


def _period(p):
    buf = ctypes.create_string_buffer(32)
    _lib.ei_period_format(p, buf, len(buf))
    return buf.value.decode()


def _reason(r):
    return None if r == 0 else _lib.ei_reason_code(r).decode()


def _text(b):
    return b.decode("utf-8") if b else ""


def _enc(s):
    return None if s is None else s.encode("utf-8")


class Dataset:
    """Observations read from CSV files or directories (observations*.csv
    in a directory). Close it (or use `with`) to free the C dataset."""

    def __init__(self, *paths):
        self._ds = _P()
        err = _Error()
        _check(_lib.ei_dataset_new(ctypes.byref(self._ds), None,
                                   ctypes.byref(err)), err)
        try:
            for path in paths:
                for f in self._files(path, "observations"):
                    _check(_lib.ei_csv_read_file(self._ds, _enc(f), None,
                                                 None, ctypes.byref(err)),
                           err)
        except Exception:
            self.close()
            raise

    @staticmethod
    def _files(path, kind):
        if os.path.isdir(path):
            return sorted(os.path.join(path, n) for n in os.listdir(path)
                          if n.startswith(kind) and n.endswith(".csv"))
        return [path]

    def close(self):
        if self._ds:
            _lib.ei_dataset_free(self._ds)
            self._ds = _P()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _series(self, indicator, region):
        s = _lib.ei_dataset_find(self._ds, _enc(region), _enc(indicator),
                                 FREQ_ANNUAL)
        if not s:
            raise KeyError(f"no annual series of {indicator}"
                           + (f" in {region}" if region else ""))
        return s

    def series(self):
        """Every series: a list of {region, indicator, length}."""
        out = []
        for i in range(_lib.ei_dataset_count(self._ds)):
            s = _lib.ei_dataset_at(self._ds, i)
            out.append({"region": _text(_lib.ei_series_region(s)),
                        "indicator": _text(_lib.ei_series_indicator(s)),
                        "length": _lib.ei_series_len(s)})
        return out

    @staticmethod
    def _levels(s):
        return [{"period": _period(_lib.ei_series_period_at(s, i)),
                 "value": _num(_lib.ei_series_value_at(s, i)),
                 "reason": _reason(_lib.ei_series_reason_at(s, i))}
                for i in range(_lib.ei_series_len(s))]

    def levels(self, indicator, region=None):
        """The annual levels: a list of {period, value, status, reason}
        (value None with its reason where missing)."""
        s = self._series(indicator, region)
        rows = self._levels(s)
        for i, r in enumerate(rows):
            r["status"] = (_text(_lib.ei_obs_status_name(
                _lib.ei_series_status_at(s, i))) if r["value"] is not None
                else None)
        return rows

    def growth(self, indicator, region=None):
        """Reported against derived growth, one dict per period with a
        figure: {period, value, status, reported, derived, derived_reason,
        difference, caliber_flag}; growth in percent."""
        s = self._series(indicator, region)
        rows = ctypes.POINTER(_GrowthCheck)()
        n = ctypes.c_size_t()
        err = _Error()
        _check(_lib.ei_growth_check_series(ctypes.byref(rows), ctypes.byref(n),
                                           s, None, ctypes.byref(err)), err)
        levels = self.levels(indicator, region)
        out = []
        try:
            for i in range(n.value):
                g = rows[i]
                if levels[i]["value"] is None and math.isnan(g.reported):
                    continue  # a year the documents do not mention
                out.append({
                    "period": _period(g.period),
                    "value": levels[i]["value"],
                    "status": levels[i]["status"],
                    "reported": _num(g.reported),
                    "derived": _num(g.derived),
                    "derived_reason": _reason(g.derived_reason),
                    "difference": _num(g.difference),
                    "caliber_flag": bool(g.caliber_flag),
                })
        finally:
            _lib.ei_growth_checks_free(rows)
        return out

    def gaps(self, targets, region=None):
        """Each target of a targets file (or of targets*.csv in a
        directory) against the data: a list of {indicator, period, kind,
        operator, target, actual, gap, verdict ("met", "not met",
        "unknown"), reason, provisional, required, periods_left}:
        `required` is the growth in percent a year still needed to reach
        a level, count or average-growth target from the latest figure."""
        out = []
        reg = _lib.ei_dataset_registry(self._ds)
        for f in self._files(targets, "targets"):
            tset = _P()
            err = _Error()
            _check(_lib.ei_targets_read_file(ctypes.byref(tset), _enc(f), reg,
                                             None, ctypes.byref(err)), err)
            try:
                for i in range(_lib.ei_targets_count(tset)):
                    t = _lib.ei_targets_at(tset, i)
                    tr = _text(t.contents.region)
                    if region and tr and tr != region:
                        continue
                    g = _Gap()
                    _check(_lib.ei_gap_evaluate(ctypes.byref(g), t, self._ds,
                                                None, ctypes.byref(err)), err)
                    req = _Requirement()
                    _check(_lib.ei_target_requirement(
                        ctypes.byref(req), t, self._ds, None,
                        ctypes.byref(err)), err)
                    span = ctypes.create_string_buffer(48)
                    _lib.ei_span_format(t.contents.span, span, len(span))
                    out.append({
                        "region": tr,
                        "indicator": _text(t.contents.indicator),
                        "period": span.value.decode(),
                        "kind": _text(_lib.ei_target_kind_name(
                            t.contents.kind)),
                        "operator": _text(_lib.ei_target_op_symbol(
                            t.contents.op)),
                        "target": _num(g.target),
                        "unit": _text(t.contents.unit),
                        "actual": _num(g.actual),
                        "gap": _num(g.gap),
                        "verdict": _VERDICTS.get(g.verdict, "unknown"),
                        "reason": _reason(g.reason),
                        "provisional": bool(g.provisional),
                        "required": _num(req.required),
                        "periods_left": (req.periods_left
                                         if not math.isnan(req.required)
                                         else None),
                    })
            finally:
                _lib.ei_targets_free(tset)
        return out

    def project(self, indicator, region=None, method="linear", horizon=5,
                level=0.95, seed=1, rate=None, target=None):
        """Project an annual series: {method, points: [{period, value,
        lower, upper}], prob_reach}. `method` is a name of
        ei_project_method_name() ("linear", "holt", "sim-bootstrap",
        "constant-rate" with rate= in percent …); `target` (period,
        level) adds the probability of reaching that level then."""
        s = self._series(indicator, region)
        err = _Error()
        m = ctypes.c_int()
        _check(_lib.ei_project_method_parse(ctypes.byref(m), _enc(method),
                                            ctypes.byref(err)), err)
        nan = float("nan")
        opts = _ProjectOptions(1, m.value, horizon, _Period(0, 0, 0, 0),
                               nan if rate is None else rate, 3, level, nan,
                               10000, seed, 0, nan, nan, nan)
        p = _P()
        _check(_lib.ei_project(ctypes.byref(p), s, ctypes.byref(opts),
                               ctypes.byref(err)), err)
        try:
            point = self._levels(_lib.ei_projection_point(p))
            lo, hi = _lib.ei_projection_lower(p), _lib.ei_projection_upper(p)
            lows = self._levels(lo) if lo else [{}] * len(point)
            highs = self._levels(hi) if hi else [{}] * len(point)
            out = {"method": _text(_lib.ei_projection_method_name(p)),
                   "points": [{"period": a["period"], "value": a["value"],
                               "lower": b.get("value"),
                               "upper": c.get("value")}
                              for a, b, c in zip(point, lows, highs)],
                   "prob_reach": None}
            if target is not None:
                when = _Period()
                text = _enc(str(target[0]))
                _check(_lib.ei_period_parse(ctypes.byref(when), text,
                                            len(text), ctypes.byref(err)),
                       err)
                prob = ctypes.c_double()
                _check(_lib.ei_projection_prob_reach(
                    p, when, float(target[1]), ctypes.byref(prob),
                    ctypes.byref(err)), err)
                out["prob_reach"] = prob.value
            return out
        finally:
            _lib.ei_projection_free(p)
