/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Target value types: kinds, operators (symbols and Chinese qualifiers),
 * attributes, directions, defaults and the check of one target. */
#include "econind/target.h"

#include <math.h>
#include <string.h>

#include "econind/unit.h"
#include "error_set.h"
#include "target_priv.h"
#include "target_util.h"

ei_target ei_target_init(void)
{
    ei_target t;
    memset(&t, 0, sizeof t);
    t.kind = EI_TARGET_LEVEL;
    t.op = EI_OP_GE;
    t.value = NAN;
    t.tolerance = NAN;
    t.attribute = EI_ATTR_NONE;
    t.direction = EI_DIRECTION_UNKNOWN;
    return t;
}

bool ei_target_kind_is_rate(ei_target_kind kind)
{
    return kind == EI_TARGET_GROWTH || kind == EI_TARGET_AVG_GROWTH ||
           kind == EI_TARGET_SHARE || kind == EI_TARGET_REDUCTION;
}

static const char *const kind_names[] = {
    "level", "growth", "avg_growth", "share",
    "ceiling", "floor", "reduction", "count",
};

const char *ei_target_kind_name(ei_target_kind kind)
{
    if ((unsigned)kind < sizeof kind_names / sizeof kind_names[0])
        return kind_names[kind];
    return "unknown";
}

int ei_target_kind_parse(ei_target_kind *out, const char *text, size_t len)
{
    static const struct {
        const char *word;
        ei_target_kind kind;
    } words[] = {
        {"level", EI_TARGET_LEVEL},          {"水平", EI_TARGET_LEVEL},
        {"总量", EI_TARGET_LEVEL},           {"规模", EI_TARGET_LEVEL},
        {"growth", EI_TARGET_GROWTH},        {"增长", EI_TARGET_GROWTH},
        {"增速", EI_TARGET_GROWTH},          {"avg_growth", EI_TARGET_AVG_GROWTH},
        {"年均增长", EI_TARGET_AVG_GROWTH},  {"年均增速", EI_TARGET_AVG_GROWTH},
        {"share", EI_TARGET_SHARE},          {"比重", EI_TARGET_SHARE},
        {"占比", EI_TARGET_SHARE},           {"ceiling", EI_TARGET_CEILING},
        {"上限", EI_TARGET_CEILING},         {"floor", EI_TARGET_FLOOR},
        {"下限", EI_TARGET_FLOOR},           {"reduction", EI_TARGET_REDUCTION},
        {"下降", EI_TARGET_REDUCTION},       {"累计下降", EI_TARGET_REDUCTION},
        {"count", EI_TARGET_COUNT},          {"数量", EI_TARGET_COUNT},
    };
    if (!out || !text)
        return EI_EINVAL;
    eit_trim(&text, &len);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (eit_eq(text, len, words[i].word)) {
            *out = words[i].kind;
            return EI_OK;
        }
    return EI_EPARSE;
}

const char *ei_target_op_symbol(ei_target_op op)
{
    switch (op) {
    case EI_OP_GE: return ">=";
    case EI_OP_GT: return ">";
    case EI_OP_LE: return "<=";
    case EI_OP_LT: return "<";
    case EI_OP_ABOUT: return "~";
    case EI_OP_LINKED: return "linked";
    }
    return "?";
}

/* What a qualifier says. LE_WEAK is 控制在 ("kept at"): an upper limit
 * unless another qualifier says more (控制在3%左右 is "about 3%"). */
enum qual { Q_NONE, Q_GE, Q_GT, Q_LE, Q_LE_WEAK, Q_LT, Q_ABOUT, Q_LINKED,
            Q_SKIP };

typedef struct qword {
    const char *word;
    enum qual q;
} qword;

/* Longest first where one word contains another (不超过 before 超过). The
 * Q_SKIP words contain a qualifier character without being one (节约 is
 * "saving", not "about"). */
static const qword phrase_words[] = {
    {"不低于", Q_GE},  {"不少于", Q_GE},  {"以上", Q_GE},    {"至少", Q_GE},
    {"达到", Q_GE},    {"不超过", Q_LE},  {"不高于", Q_LE},  {"以内", Q_LE},
    {"以下", Q_LE},    {"低于", Q_LE},    {"控制在", Q_LE_WEAK},
    {"突破", Q_GT},    {"超过", Q_GT},    {"高于", Q_GT},    {"超", Q_GT},
    {"左右", Q_ABOUT}, {"同步", Q_LINKED},
    {"节约", Q_SKIP},  {"集约", Q_SKIP},  {"约束", Q_SKIP},  {"制约", Q_SKIP},
    {"约", Q_ABOUT},
    {NULL, Q_NONE},
};

/* Bytes of the UTF-8 character starting with byte c. */
static size_t utf8_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1;
}

/* Scan text for qualifiers; sets a flag per qualifier found, and *other
 * when characters that are neither qualifiers nor fillers remain. */
static void scan_quals(const char *text, size_t len, bool seen[Q_SKIP + 1],
                       bool *other)
{
    size_t i = 0;
    *other = false;
    while (i < len) {
        bool hit = false;
        for (const qword *w = phrase_words; w->word; w++) {
            size_t n = strlen(w->word);
            if (n <= len - i && memcmp(text + i, w->word, n) == 0) {
                seen[w->q] = true;
                i += n;
                hit = true;
                break;
            }
        }
        if (hit)
            continue;
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '.' || c == '/')
            i++;
        else if (len - i >= 3 && memcmp(text + i, "…", 3) == 0)
            i += 3;
        else if (len - i >= 3 && memcmp(text + i, "、", 3) == 0)
            i += 3;
        else {
            *other = true;
            i += utf8_len(c);
        }
    }
}

/* Resolve the qualifiers seen into one operator. Returns 1 found, 0 none,
 * -1 contradiction. */
static int resolve_quals(const bool seen[Q_SKIP + 1], ei_target_op *op)
{
    bool up = seen[Q_GE] || seen[Q_GT];
    bool down = seen[Q_LE] || seen[Q_LT];
    if (seen[Q_LINKED]) {
        *op = EI_OP_LINKED;
        return 1;
    }
    if (up && down)
        return -1;
    if (seen[Q_ABOUT]) {
        if (up || down)
            return -1;
        *op = EI_OP_ABOUT;
        return 1;
    }
    if (seen[Q_GT])
        *op = EI_OP_GT;
    else if (seen[Q_GE])
        *op = EI_OP_GE;
    else if (seen[Q_LT])
        *op = EI_OP_LT;
    else if (seen[Q_LE])
        *op = EI_OP_LE;
    else if (seen[Q_LE_WEAK]) {
        if (up)
            return -1;
        *op = EI_OP_LE;
    } else
        return 0;
    return 1;
}

int ei_target_op_find(ei_target_op *out, bool *found, const char *text,
                      size_t len)
{
    if (!out || !found || (!text && len))
        return EI_EINVAL;
    bool seen[Q_SKIP + 1] = {false};
    bool other;
    *found = false;
    scan_quals(text, len, seen, &other);
    ei_target_op op = EI_OP_GE;
    int r = resolve_quals(seen, &op);
    if (r < 0)
        return EI_EPARSE;
    if (r > 0) {
        *out = op;
        *found = true;
    }
    return EI_OK;
}

int ei_target_op_parse(ei_target_op *out, const char *text, size_t len)
{
    static const struct {
        const char *word;
        ei_target_op op;
    } symbols[] = {
        {">=", EI_OP_GE},  {"≥", EI_OP_GE},     {"＞＝", EI_OP_GE},
        {">", EI_OP_GT},   {"＞", EI_OP_GT},    {"<=", EI_OP_LE},
        {"≤", EI_OP_LE},   {"＜＝", EI_OP_LE},  {"<", EI_OP_LT},
        {"＜", EI_OP_LT},  {"~", EI_OP_ABOUT},  {"≈", EI_OP_ABOUT},
        {"～", EI_OP_ABOUT}, {"linked", EI_OP_LINKED},
        /* single characters only valid as a whole field */
        {"过", EI_OP_GT},
    };
    if (!out || !text)
        return EI_EINVAL;
    eit_trim(&text, &len);
    if (!len)
        return EI_EPARSE;
    for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++)
        if (eit_eq(text, len, symbols[i].word)) {
            *out = symbols[i].op;
            return EI_OK;
        }
    bool seen[Q_SKIP + 1] = {false};
    bool other;
    scan_quals(text, len, seen, &other);
    ei_target_op op = EI_OP_GE;
    if (other || resolve_quals(seen, &op) <= 0)
        return EI_EPARSE;
    *out = op;
    return EI_OK;
}

ei_target_op ei_target_kind_default_op(ei_target_kind kind)
{
    return kind == EI_TARGET_CEILING ? EI_OP_LE : EI_OP_GE;
}

const char *ei_target_attr_name(ei_target_attr attr)
{
    switch (attr) {
    case EI_ATTR_INDICATIVE: return "indicative";
    case EI_ATTR_BINDING: return "binding";
    case EI_ATTR_NONE: break;
    }
    return "";
}

int ei_target_attr_parse(ei_target_attr *out, const char *text, size_t len)
{
    static const char *const indicative[] = {"indicative", "预期性", "预期",
                                             "expected", NULL};
    static const char *const binding[] = {"binding", "约束性", "约束",
                                          "mandatory", NULL};
    if (!out || (!text && len))
        return EI_EINVAL;
    if (text)
        eit_trim(&text, &len);
    if (!len)
        *out = EI_ATTR_NONE;
    else if (eit_match(text, len, indicative) >= 0)
        *out = EI_ATTR_INDICATIVE;
    else if (eit_match(text, len, binding) >= 0)
        *out = EI_ATTR_BINDING;
    else
        return EI_EPARSE;
    return EI_OK;
}

const char *ei_target_direction_name(ei_direction dir)
{
    switch (dir) {
    case EI_DIRECTION_HIGHER: return "higher";
    case EI_DIRECTION_LOWER: return "lower";
    case EI_DIRECTION_BAND: return "band";
    case EI_DIRECTION_UNKNOWN: break;
    }
    return "";
}

int ei_target_direction_parse(ei_direction *out, const char *text,
                              size_t len)
{
    static const char *const higher[] = {"higher", "正向", "越高越好",
                                         "up", NULL};
    static const char *const lower[] = {"lower", "逆向", "越低越好",
                                        "down", NULL};
    static const char *const band[] = {"band", "区间", "适度", NULL};
    if (!out || (!text && len))
        return EI_EINVAL;
    if (text)
        eit_trim(&text, &len);
    if (!len)
        *out = EI_DIRECTION_UNKNOWN;
    else if (eit_match(text, len, higher) >= 0)
        *out = EI_DIRECTION_HIGHER;
    else if (eit_match(text, len, lower) >= 0)
        *out = EI_DIRECTION_LOWER;
    else if (eit_match(text, len, band) >= 0)
        *out = EI_DIRECTION_BAND;
    else
        return EI_EPARSE;
    return EI_OK;
}

ei_direction ei_target_direction(const ei_target *t, const ei_registry *reg)
{
    if (!t)
        return EI_DIRECTION_HIGHER;
    if (t->direction != EI_DIRECTION_UNKNOWN)
        return t->direction;
    if (reg && t->indicator) {
        const ei_indicator *ind = ei_registry_find(reg, t->indicator);
        if (ind && ind->direction != EI_DIRECTION_UNKNOWN)
            return ind->direction;
    }
    if (t->kind == EI_TARGET_CEILING || t->kind == EI_TARGET_REDUCTION)
        return EI_DIRECTION_LOWER;
    return EI_DIRECTION_HIGHER;
}

static bool unit_is_percent(const char *name)
{
    ei_unit u;
    if (!name || !*name)
        return false;
    ei_unit_lookup(&u, name);
    return u.dimension == EI_DIM_PERCENT || strcmp(name, "%") == 0 ||
           strcmp(name, "％") == 0;
}

double ei_target_tolerance(const ei_target *t)
{
    if (!t)
        return 0;
    if (isfinite(t->tolerance) && t->tolerance >= 0)
        return t->tolerance;
    if (ei_target_kind_is_rate(t->kind) || unit_is_percent(t->unit) ||
        t->op == EI_OP_LINKED)
        return EI_TARGET_RATE_TOLERANCE;
    return 0;
}

ei_period ei_target_base(const ei_target *t)
{
    if (!t) {
        ei_period none = {0, EI_FREQ_NONE, 0, 0};
        return none;
    }
    if (t->base.year != 0)
        return t->base;
    ei_period first = t->span.first;
    return ei_period_prev(first);
}

static bool empty(const char *s)
{
    return !s || !*s;
}

static int fail(eit_field_id *field, eit_field_id which, ei_error *err,
                int code, const char *what, const ei_target *t)
{
    if (field)
        *field = which;
    return ei_error_set(err, code, "%s (%s target of %s)", what,
                        ei_target_kind_name(t->kind),
                        empty(t->indicator) ? "?" : t->indicator);
}

/* The unit rules: rates in %, levels in the indicator's unit. */
static int check_unit(const ei_target *t, const ei_registry *reg,
                      eit_field_id *field, ei_error *err)
{
    if (empty(t->unit))
        return EI_OK;
    bool pct = unit_is_percent(t->unit);
    if (ei_target_kind_is_rate(t->kind)) {
        if (!pct) {
            if (field)
                *field = EIT_F_UNIT;
            return ei_error_set(err, EI_EUNIT,
                                "unit '%s' does not fit a %s target of %s: "
                                "it must be in %%", t->unit,
                                ei_target_kind_name(t->kind), t->indicator);
        }
        return EI_OK;
    }
    const ei_indicator *ind = reg ? ei_registry_find(reg, t->indicator) : NULL;
    if (!ind || empty(ind->unit))
        return EI_OK;
    ei_unit mine, theirs;
    ei_unit_lookup(&mine, t->unit);
    ei_unit_lookup(&theirs, ind->unit);
    if (ei_unit_compatible(mine, theirs) ||
        (pct && unit_is_percent(ind->unit)))
        return EI_OK;
    if (field)
        *field = EIT_F_UNIT;
    return ei_error_set(err, EI_EUNIT,
                        "unit '%s' does not fit a %s target of %s, "
                        "measured in %s", t->unit,
                        ei_target_kind_name(t->kind), t->indicator,
                        ind->unit);
}

int eit_target_check(const ei_target *t, const ei_registry *reg,
                     eit_field_id *field, ei_error *err)
{
    if (field)
        *field = EIT_F_NONE;
    if (!t)
        return ei_error_set(err, EI_EINVAL, "no target");
    if (empty(t->indicator))
        return fail(field, EIT_F_INDICATOR, err, EI_EINVAL,
                    "no indicator", t);
    if ((unsigned)t->kind > EI_TARGET_COUNT)
        return fail(field, EIT_F_KIND, err, EI_EINVAL, "invalid kind", t);
    if ((unsigned)t->op > EI_OP_LINKED)
        return fail(field, EIT_F_OPERATOR, err, EI_EINVAL,
                    "invalid operator", t);
    ei_span s = t->span;
    if (!ei_period_valid(s.first) || !ei_period_valid(s.last) ||
        s.first.freq != s.last.freq)
        return fail(field, EIT_F_PERIOD, err, EI_EINVAL,
                    "invalid period", t);
    if (ei_period_compare(s.first, s.last) > 0)
        return fail(field, EIT_F_PERIOD, err, EI_EINVAL,
                    "reversed span", t);
    bool span = !ei_period_equal(s.first, s.last);
    if (t->kind == EI_TARGET_GROWTH && span)
        return fail(field, EIT_F_PERIOD, err, EI_EINVAL,
                    "a growth target is for one period; use avg_growth "
                    "over a span", t);
    if ((t->kind == EI_TARGET_AVG_GROWTH || t->kind == EI_TARGET_REDUCTION) &&
        !span && t->base.year == 0)
        return fail(field, EIT_F_PERIOD, err, EI_EINVAL,
                    "needs a span or a base period", t);
    if (t->base.year != 0) {
        if (!ei_period_valid(t->base) || t->base.freq != s.last.freq ||
            ei_period_compare(t->base, s.last) >= 0)
            return fail(field, EIT_F_BASE, err, EI_EINVAL,
                        "the base period must come before the target "
                        "period, at the same frequency", t);
    }
    if (t->op == EI_OP_LINKED) {
        if (t->kind != EI_TARGET_GROWTH && t->kind != EI_TARGET_AVG_GROWTH)
            return fail(field, EIT_F_OPERATOR, err, EI_EINVAL,
                        "only growth targets can be linked (同步)", t);
        if (empty(t->linked_indicator))
            return fail(field, EIT_F_LINKED, err, EI_EINVAL,
                        "a linked (同步) target needs the indicator it "
                        "is linked to", t);
    } else if (!isfinite(t->value)) {
        return fail(field, EIT_F_VALUE, err, EI_EINVAL, "no value", t);
    }
    if (t->kind == EI_TARGET_REDUCTION && t->value == 0)
        return fail(field, EIT_F_VALUE, err, EI_EINVAL,
                    "a reduction of 0", t);
    if (t->kind == EI_TARGET_REDUCTION && fabs(t->value) >= 100)
        return fail(field, EIT_F_VALUE, err, EI_EINVAL,
                    "a reduction of 100% or more", t);
    if (!isnan(t->tolerance) && !(t->tolerance >= 0 && isfinite(t->tolerance)))
        return fail(field, EIT_F_TOLERANCE, err, EI_EINVAL,
                    "a negative or infinite tolerance", t);
    return check_unit(t, reg, field, err);
}

int ei_target_validate(const ei_target *t, const ei_registry *reg,
                       ei_error *err)
{
    return eit_target_check(t, reg, NULL, err);
}
