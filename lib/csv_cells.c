/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Single cells of an observations file to values, with errors located at
 * the cell and naming its column. */
#include "csv_read.h"

#include <stdio.h>
#include <string.h>

#include "error_set.h"

#define ECHO_MAX 48

/* The cell as quoted in a message: cut at the first line break and to at
 * most ECHO_MAX bytes on a character boundary. */
static void echo(char *buf, size_t size, const ei_csv_field *f)
{
    size_t n = 0;
    while (n < f->len && f->text[n] != '\n' && f->text[n] != '\r')
        n++;
    bool cut = n < f->len;
    if (n > ECHO_MAX) {
        n = ECHO_MAX;
        while (n > 0 && ((unsigned char)f->text[n] & 0xC0) == 0x80)
            n--;
        cut = true;
    }
    snprintf(buf, size, "%.*s%s", (int)n, f->text, cut ? "…" : "");
}

/* Trimmed text of a cell, for word lookups. */
static void trimmed(const char **t, size_t *len, const ei_csv_field *f)
{
    *len = ei_csv_trim(f, t);
}

/* The lower layers' messages quote the text themselves ("period '2017Q5':
 * quarter 5 is out of range 1-4"); we quote the cell, so keep what
 * follows that quote. */
static const char *detail_of(const char *msg)
{
    const char *q = strstr(msg, "': ");
    const char *open = strchr(msg, '\'');
    if (q && open && open < q)
        return q + 3;
    return msg;
}

/* Located error naming the column and echoing the cell; detail (may be
 * NULL or "") follows after a colon. */
static int cell_error(ei_error *err, const ei_csv_row *row, size_t field,
                      int code, const char *column, const char *what,
                      const char *detail)
{
    char shown[ECHO_MAX + 8];
    echo(shown, sizeof shown, &row->fields[field]);
    if (detail && *detail)
        return ei_csv_row_error(err, row, field, code, "%s: \"%s\" %s: %s",
                                column, shown, what, detail);
    return ei_csv_row_error(err, row, field, code, "%s: \"%s\" %s", column,
                            shown, what);
}

int ei_csv_cell_number(ei_number *out, const ei_csv_row *row, size_t field,
                       const char *column, ei_error *err)
{
    const ei_csv_field *f = &row->fields[field];
    /* Parse without an error record: clearing one (400 bytes) for every
     * cell cost more than parsing the number; parse again for the
     * message only when the cell is bad. */
    if (ei_number_parse(out, f->text, f->len, NULL) == EI_OK)
        return EI_OK;
    ei_error e;
    ei_error_clear(&e);
    int rc = ei_number_parse(out, f->text, f->len, &e);
    if (rc == EI_OK)
        return EI_OK;
    if (rc == EI_ENOMEM)
        return ei_csv_row_error(err, row, field, rc, "out of memory");
    /* ei_number_parse says "'abc' is not a number: no digits" or "'1e400'
     * is out of range"; we quote the cell ourselves and keep the reason */
    if (strstr(e.text, " is out of range"))
        return cell_error(err, row, field, EI_ERANGE, column,
                          "is out of range", NULL);
    const char *why = strstr(e.text, " is not a number: ");
    return cell_error(err, row, field, EI_EPARSE, column, "is not a number",
                      why ? why + strlen(" is not a number: ") : e.text);
}

int ei_csv_cell_period(ei_period *out, const ei_csv_row *row, size_t field,
                       const char *column, ei_error *err)
{
    const ei_csv_field *f = &row->fields[field];
    /* As for numbers: no error record unless the cell is bad. */
    if (ei_period_parse(out, f->text, f->len, NULL) == EI_OK)
        return EI_OK;
    ei_error e;
    ei_error_clear(&e);
    const char *t;
    size_t n;
    trimmed(&t, &n, f);
    if (n == 0)
        return ei_csv_row_error(err, row, field, EI_EPARSE, "%s: empty",
                                column);
    int rc = ei_period_parse(out, f->text, f->len, &e);
    if (rc == EI_OK)
        return EI_OK;
    return cell_error(err, row, field, EI_EPARSE, column, "is not a period",
                      detail_of(e.text));
}

int ei_csv_cell_status(ei_obs_status *out, const ei_csv_row *row,
                       size_t field, ei_error *err)
{
    const ei_csv_field *f = &row->fields[field];
    const char *t;
    size_t n;
    trimmed(&t, &n, f);
    if (ei_obs_status_parse(out, t, n) == EI_OK)
        return EI_OK;
    return cell_error(err, row, field, EI_EPARSE, "status", "is not a status",
                      "use actual, estimate, preliminary, revised, target or "
                      "plan");
}

/* A word list entry: text (English ones matched without case) and value. */
typedef struct word {
    const char *text;
    int value;
} word;

static bool word_eq(const char *t, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)t[i], b = (unsigned char)w[i];
        if (a >= 'A' && a <= 'Z')
            a = (unsigned char)(a - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

static bool lookup(int *out, const char *t, size_t n, const word *words)
{
    for (const word *w = words; w->text; w++)
        if (word_eq(t, n, w->text)) {
            *out = w->value;
            return true;
        }
    return false;
}

static const word bound_words[] = {
    {"", EI_BOUND_EXACT},      {"exact", EI_BOUND_EXACT},
    {"=", EI_BOUND_EXACT},     {"above", EI_BOUND_ABOVE},
    {">", EI_BOUND_ABOVE},     {"突破", EI_BOUND_ABOVE},
    {"超过", EI_BOUND_ABOVE},  {"余", EI_BOUND_ABOVE},
    {"以上", EI_BOUND_ABOVE},  {"below", EI_BOUND_BELOW},
    {"<", EI_BOUND_BELOW},     {"近", EI_BOUND_BELOW},
    {"不到", EI_BOUND_BELOW},  {"about", EI_BOUND_ABOUT},
    {"~", EI_BOUND_ABOUT},     {"左右", EI_BOUND_ABOUT},
    {"约", EI_BOUND_ABOUT},    {NULL, 0},
};

int ei_bound_parse(ei_bound *out, const char *text)
{
    int v;
    if (!lookup(&v, text, strlen(text), bound_words)) {
        *out = EI_BOUND_EXACT;
        return EI_EPARSE;
    }
    *out = (ei_bound)v;
    return EI_OK;
}

int ei_csv_cell_bound(ei_bound *out, const ei_csv_row *row, size_t field,
                      ei_error *err)
{
    const char *t;
    size_t n;
    trimmed(&t, &n, &row->fields[field]);
    int v;
    if (lookup(&v, t, n, bound_words)) {
        *out = (ei_bound)v;
        return EI_OK;
    }
    return cell_error(err, row, field, EI_EPARSE, "bound", "is not a bound",
                      "use exact, above, below or about");
}

static const word freq_words[] = {
    {"annual", EI_FREQ_ANNUAL},       {"yearly", EI_FREQ_ANNUAL},
    {"a", EI_FREQ_ANNUAL},            {"y", EI_FREQ_ANNUAL},
    {"年", EI_FREQ_ANNUAL},           {"年度", EI_FREQ_ANNUAL},
    {"quarterly", EI_FREQ_QUARTERLY}, {"q", EI_FREQ_QUARTERLY},
    {"季", EI_FREQ_QUARTERLY},        {"季度", EI_FREQ_QUARTERLY},
    {"monthly", EI_FREQ_MONTHLY},     {"m", EI_FREQ_MONTHLY},
    {"月", EI_FREQ_MONTHLY},          {"月度", EI_FREQ_MONTHLY},
    {NULL, 0},
};

int ei_csv_cell_freq(ei_freq *out, const ei_csv_row *row, size_t field,
                     ei_error *err)
{
    const char *t;
    size_t n;
    trimmed(&t, &n, &row->fields[field]);
    int v;
    if (n == 0) {
        *out = EI_FREQ_NONE;
        return EI_OK;
    }
    if (lookup(&v, t, n, freq_words)) {
        *out = (ei_freq)v;
        return EI_OK;
    }
    return cell_error(err, row, field, EI_EPARSE, "frequency",
                      "is not a frequency",
                      "use annual, quarterly or monthly");
}

static const word measure_words[] = {
    {"level", EI_MEASURE_LEVEL}, {"当期", EI_MEASURE_LEVEL},
    {"ytd", EI_MEASURE_YTD},     {"累计", EI_MEASURE_YTD},
    {"cumulative", EI_MEASURE_YTD},
    {"rate", EI_MEASURE_RATE},   {"比率", EI_MEASURE_RATE},
    {"index", EI_MEASURE_INDEX}, {"指数", EI_MEASURE_INDEX},
    {NULL, 0},
};

int ei_csv_cell_measure(ei_measure *out, bool *given, const ei_csv_row *row,
                        size_t field, ei_error *err)
{
    const char *t;
    size_t n;
    trimmed(&t, &n, &row->fields[field]);
    int v;
    *given = false;
    *out = EI_MEASURE_LEVEL;
    if (n == 0)
        return EI_OK;
    if (lookup(&v, t, n, measure_words)) {
        *out = (ei_measure)v;
        *given = true;
        return EI_OK;
    }
    return cell_error(err, row, field, EI_EPARSE, "measure",
                      "is not a measure", "use level, ytd, rate or index");
}
