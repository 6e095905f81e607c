/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Period and span parsing: every accepted spelling, every rejection with its
 * message, and round trips through the canonical text. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "econind/econind.h"

typedef struct accept_case {
    const char *text;
    int year;
    ei_freq freq;
    int first;
    int sub;
} accept_case;

static const accept_case accepted[] = {
    /* annual */
    {"2017", 2017, EI_FREQ_ANNUAL, 0, 0},
    {"  2017\t", 2017, EI_FREQ_ANNUAL, 0, 0},
    {"\xE3\x80\x80" "2017\xE3\x80\x80", 2017, EI_FREQ_ANNUAL, 0, 0}, /* U+3000 */
    {"\xC2\xA0" "2017", 2017, EI_FREQ_ANNUAL, 0, 0},                /* U+00A0 */
    {"0001", 1, EI_FREQ_ANNUAL, 0, 0},
    {"9999", 9999, EI_FREQ_ANNUAL, 0, 0},
    {"2017年", 2017, EI_FREQ_ANNUAL, 0, 0},
    {"2017年度", 2017, EI_FREQ_ANNUAL, 0, 0},
    {"2017年全年", 2017, EI_FREQ_ANNUAL, 0, 0},
    /* quarterly */
    {"2017Q3", 2017, EI_FREQ_QUARTERLY, 3, 3},
    {"2017q1", 2017, EI_FREQ_QUARTERLY, 1, 1},
    {"2017-Q4", 2017, EI_FREQ_QUARTERLY, 4, 4},
    {"2017-q2", 2017, EI_FREQ_QUARTERLY, 2, 2},
    {"2017Q1..Q2", 2017, EI_FREQ_QUARTERLY, 1, 2},
    {"2017Q1..3", 2017, EI_FREQ_QUARTERLY, 1, 3},
    {"2017年第三季度", 2017, EI_FREQ_QUARTERLY, 3, 3},
    {"2017年第3季度", 2017, EI_FREQ_QUARTERLY, 3, 3},
    {"2017年3季度", 2017, EI_FREQ_QUARTERLY, 3, 3},
    {"2017年一季度", 2017, EI_FREQ_QUARTERLY, 1, 1},
    {"2017年二季度", 2017, EI_FREQ_QUARTERLY, 2, 2},
    {"2017年四季度", 2017, EI_FREQ_QUARTERLY, 4, 4},
    {"2017年第四季", 2017, EI_FREQ_QUARTERLY, 4, 4},
    {"2017年上半年", 2017, EI_FREQ_QUARTERLY, 1, 2},
    {"2017年下半年", 2017, EI_FREQ_QUARTERLY, 3, 4},
    {"2017年前三季度", 2017, EI_FREQ_QUARTERLY, 1, 3},
    {"2017年前3季度", 2017, EI_FREQ_QUARTERLY, 1, 3},
    {"2017年1-3季度", 2017, EI_FREQ_QUARTERLY, 1, 3},
    {"2017年一至三季度", 2017, EI_FREQ_QUARTERLY, 1, 3},
    /* monthly */
    {"2017-03", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017-3", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017-12", 2017, EI_FREQ_MONTHLY, 12, 12},
    {"2017/3", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017/03", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017M03", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017m3", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017年3月", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017年03月", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017年3月份", 2017, EI_FREQ_MONTHLY, 3, 3},
    {"2017年十二月", 2017, EI_FREQ_MONTHLY, 12, 12},
    {"2017年十月", 2017, EI_FREQ_MONTHLY, 10, 10},
    /* year-to-date spans */
    {"2017-01..03", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017-1..12", 2017, EI_FREQ_MONTHLY, 1, 12},
    {"2017M01..03", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017年1-3月", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017年1—3月", 2017, EI_FREQ_MONTHLY, 1, 3},  /* em dash */
    {"2017年1–3月", 2017, EI_FREQ_MONTHLY, 1, 3},  /* en dash */
    {"2017年1~3月", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017年1～3月", 2017, EI_FREQ_MONTHLY, 1, 3}, /* full-width tilde */
    {"2017年1－3月", 2017, EI_FREQ_MONTHLY, 1, 3}, /* full-width hyphen */
    {"2017年1至3月", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017年1-12月份", 2017, EI_FREQ_MONTHLY, 1, 12},
    {"2017年1月-3月", 2017, EI_FREQ_MONTHLY, 1, 3},
    {"2017年1-2月", 2017, EI_FREQ_MONTHLY, 1, 2},
    {"2017年3-3月", 2017, EI_FREQ_MONTHLY, 3, 3},
    {" 2017年1-3月 ", 2017, EI_FREQ_MONTHLY, 1, 3},
};

static void accepts_every_spelling(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++) {
        const accept_case *k = &accepted[i];
        ei_period p;
        ei_error e;
        ei_error_clear(&e);
        int rc = ei_period_parse(&p, k->text, strlen(k->text), &e);
        if (rc != EI_OK || p.year != k->year || p.freq != k->freq ||
            p.first != k->first || p.sub != k->sub) {
            print_error("'%s': rc %d (%s), got %d/%d/%d..%d\n", k->text, rc,
                        e.text, p.year, (int)p.freq, p.first, p.sub);
            fail();
        }
        assert_true(ei_period_valid(p));
    }
}

typedef struct reject_case {
    const char *text;
    const char *message;
} reject_case;

static const reject_case rejected[] = {
    {"2017Q5", "period '2017Q5': quarter 5 is out of range 1-4"},
    {"2017Q0", "period '2017Q0': quarter 0 is out of range 1-4"},
    {"2017年第五季度", "period '2017年第五季度': quarter 5 is out of range 1-4"},
    {"2017-13", "period '2017-13': month 13 is out of range 1-12"},
    {"2017-00", "period '2017-00': month 0 is out of range 1-12"},
    {"2017年0月", "period '2017年0月': month 0 is out of range 1-12"},
    {"2017年13月", "period '2017年13月': month 13 is out of range 1-12"},
    {"2017M13", "period '2017M13': month 13 is out of range 1-12"},
    {"99999", "period '99999': year 99999 is out of range 1-9999"},
    {"0000", "period '0000': year 0 is out of range 1-9999"},
    {"17", "period '17': year '17' must have four digits"},
    {"17年", "period '17年': year '17' must have four digits"},
    {"2017-03..01",
     "period '2017-03..01': span from month 3 to month 1 is reversed"},
    {"2017年3-1月",
     "period '2017年3-1月': span from month 3 to month 1 is reversed"},
    {"2017Q3..Q1",
     "period '2017Q3..Q1': span from quarter 3 to quarter 1 is reversed"},
    {"2017-01..13", "period '2017-01..13': month 13 is out of range 1-12"},
    {"2017Q3x", "period '2017Q3x': unexpected text 'x' after the period"},
    {"2017-03 x",
     "period '2017-03 x': unexpected text ' x' after the period"},
    {"2017年3月底",
     "period '2017年3月底': unexpected text '底' after the month"},
    {"2017x", "period '2017x': unexpected text 'x' after the year"},
    {"2017-003", "period '2017-003': month '003' has more than two digits"},
    /* a five-year-plan span given as an observation period */
    {"2016-2020", "period '2016-2020': '2020' looks like a span of years: a "
                  "multi-year span is not a period of one observation"},
    {"2017-", "period '2017-': text ends where a month was expected"},
    {"2017Q", "period '2017Q': text ends where a quarter was expected"},
    {"2017年3", "period '2017年3': text ends after the number"},
    {"2017年1-3", "period '2017年1-3': text ends where 月 or 季度 was expected"},
    {"2017年第三", "period '2017年第三': text ends where 季度 was expected"},
    {"Q3 2017", "period 'Q3 2017': expected a four-digit year"},
    {"", "empty period"},
    {"   ", "empty period"},
};

static void rejects_with_messages(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rejected / sizeof rejected[0]; i++) {
        const reject_case *k = &rejected[i];
        ei_period p = ei_period_month(2000, 1);
        ei_error e;
        int rc = ei_period_parse(&p, k->text, strlen(k->text), &e);
        if (rc != EI_EPARSE || e.code != EI_EPARSE ||
            strcmp(e.text, k->message) != 0) {
            print_error("'%s': rc %d, message '%s'\n", k->text, rc, e.text);
            fail();
        }
        /* the output is the zero period, not a half-parsed one */
        assert_int_equal(p.year, 0);
        assert_int_equal(p.freq, EI_FREQ_NONE);
        assert_false(ei_period_valid(p));
        /* and a NULL error record is accepted */
        assert_int_equal(ei_period_parse(&p, k->text, strlen(k->text), NULL),
                         EI_EPARSE);
    }
}

/* The text need not be NUL-terminated: only len bytes are read. */
static void reads_only_len_bytes(void **state)
{
    (void)state;
    ei_period p;
    const char buf[] = {'2', '0', '1', '7', 'Q', '3', 'Q', '9'};
    assert_int_equal(ei_period_parse(&p, buf, 6, NULL), EI_OK);
    assert_true(ei_period_equal(p, ei_period_quarter(2017, 3)));
    assert_int_equal(ei_period_parse(&p, "2017-03", 4, NULL), EI_OK);
    assert_true(ei_period_equal(p, ei_period_year(2017)));
    assert_int_equal(ei_period_parse(&p, NULL, 0, NULL), EI_EPARSE);
    assert_int_equal(ei_period_parse(NULL, "2017", 4, NULL), EI_EINVAL);
}

/* format -> parse gives the same period for every kind of period. */
static void canonical_text_round_trips(void **state)
{
    (void)state;
    const ei_period ps[] = {
        ei_period_year(2017),
        ei_period_year(1),
        ei_period_year(9999),
        ei_period_quarter(2017, 1),
        ei_period_quarter(2017, 4),
        ei_period_month(2017, 3),
        ei_period_month(2017, 12),
        ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3),
        ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 12),
        ei_period_ytd(2017, EI_FREQ_QUARTERLY, 1, 2),
        ei_period_ytd(2017, EI_FREQ_QUARTERLY, 3, 4),
    };
    for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
        char buf[EI_PERIOD_TEXT_MAX];
        int n = ei_period_format(ps[i], buf, sizeof buf);
        assert_true(n > 0 && n < (int)sizeof buf);
        ei_period q;
        assert_int_equal(ei_period_parse(&q, buf, (size_t)n, NULL), EI_OK);
        assert_true(ei_period_equal(ps[i], q));
    }
    /* and each canonical text formats back unchanged */
    const char *texts[] = {"2017", "2017Q3", "2017-03", "2017-01..03",
                           "2017Q1..Q2"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ei_period p;
        char buf[EI_PERIOD_TEXT_MAX];
        assert_int_equal(ei_period_parse(&p, texts[i], strlen(texts[i]), NULL),
                         EI_OK);
        ei_period_format(p, buf, sizeof buf);
        assert_string_equal(buf, texts[i]);
    }
}

static void parse_span(ei_span *s, const char *text)
{
    ei_error e;
    ei_error_clear(&e);
    if (ei_span_parse(s, text, strlen(text), &e) != EI_OK) {
        print_error("'%s': %s\n", text, e.text);
        fail();
    }
}

static void spans(void **state)
{
    (void)state;
    const char *plan[] = {"2021-2025", "2021—2025年", "2021~2025",
                          "2021至2025年", "2021年-2025年", "2021–2025",
                          "2021～2025", " 2021-2025 "};
    for (size_t i = 0; i < sizeof plan / sizeof plan[0]; i++) {
        ei_span s;
        parse_span(&s, plan[i]);
        assert_true(ei_period_equal(s.first, ei_period_year(2021)));
        assert_true(ei_period_equal(s.last, ei_period_year(2025)));
        char buf[EI_SPAN_TEXT_MAX];
        ei_span_format(s, buf, sizeof buf);
        assert_string_equal(buf, "2021-2025");
    }
    ei_span s;
    parse_span(&s, "2020");
    assert_true(ei_period_equal(s.first, ei_period_year(2020)));
    assert_true(ei_period_equal(s.last, ei_period_year(2020)));
    parse_span(&s, "2017年1-3月"); /* a single period, not a split at '-' */
    assert_true(ei_period_equal(s.first, s.last));
    assert_int_equal(s.first.first, 1);
    assert_int_equal(s.first.sub, 3);
    parse_span(&s, "2021Q1-2021Q4");
    assert_true(ei_period_equal(s.first, ei_period_quarter(2021, 1)));
    assert_true(ei_period_equal(s.last, ei_period_quarter(2021, 4)));
    parse_span(&s, "2021-01-2021-06");
    assert_true(ei_period_equal(s.first, ei_period_month(2021, 1)));
    assert_true(ei_period_equal(s.last, ei_period_month(2021, 6)));

    /* formatted spans read back to the same span */
    const ei_span all[] = {
        {ei_period_year(2016), ei_period_year(2020)},
        {ei_period_quarter(2021, 1), ei_period_quarter(2022, 4)},
        {ei_period_month(2021, 1), ei_period_month(2021, 6)},
        {ei_period_month(2021, 3), ei_period_month(2021, 3)},
    };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        char buf[EI_SPAN_TEXT_MAX];
        int n = ei_span_format(all[i], buf, sizeof buf);
        assert_true(n > 0 && n < (int)sizeof buf);
        ei_span back;
        parse_span(&back, buf);
        assert_true(ei_period_equal(back.first, all[i].first));
        assert_true(ei_period_equal(back.last, all[i].last));
    }
}

static void span_rejections(void **state)
{
    (void)state;
    const reject_case bad[] = {
        {"2025-2021", "span '2025-2021' is reversed (ends before it starts)"},
        {"2021-2021Q3", "span '2021-2021Q3': its ends differ in frequency"},
        {"2021-2025x",
         "period '2025x': unexpected text 'x' after the year"},
        {"2021-99999", "period '99999': year 99999 is out of range 1-9999"},
        {"2017-13", "period '2017-13': month 13 is out of range 1-12"},
        {"", "empty period"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ei_span s;
        ei_error e;
        int rc = ei_span_parse(&s, bad[i].text, strlen(bad[i].text), &e);
        if (rc != EI_EPARSE || strcmp(e.text, bad[i].message) != 0) {
            print_error("'%s': rc %d, message '%s'\n", bad[i].text, rc,
                        e.text);
            fail();
        }
        assert_int_equal(s.first.year, 0);
        assert_int_equal(ei_span_parse(&s, bad[i].text, strlen(bad[i].text),
                                       NULL),
                         EI_EPARSE);
    }
}

/* A long bad input is quoted only in part (40 bytes at most), cut at a
 * character boundary: "2017年x" is 8 bytes, then 3-byte characters, so
 * the cut falls back from byte 40 to byte 38. */
static void long_input_is_quoted_in_part(void **state)
{
    (void)state;
    const char *text = "2017年x一二三四五六七八九十一二三四五六七八九十";
    ei_period p;
    ei_error e;
    assert_int_equal(ei_period_parse(&p, text, strlen(text), &e), EI_EPARSE);
    const char *open = "period '";
    assert_memory_equal(e.text, open, strlen(open));
    const char *cut = strstr(e.text, "...");
    assert_non_null(cut);
    assert_int_equal(cut - (e.text + strlen(open)), 38);
}

/* "2017" and "2017-03" take a short path (lib/period_parse.c,
 * plain_period); with a blank in front the same text takes the general
 * one. Both must agree on every year 0000-9999 with every month 00-99:
 * the result, and for those refused, the error. */
static void plain_spellings_as_the_general_parser(void **state)
{
    (void)state;
    char t[16];
    for (int y = 0; y <= 9999; y++)
        for (int m = -1; m <= 99; m++) {
            if (m < 0)
                snprintf(t, sizeof t, " %04d", y);
            else
                snprintf(t, sizeof t, " %04d-%02d", y, m);
            ei_period a, b;
            ei_error ea, eb;
            ei_error_clear(&ea);
            ei_error_clear(&eb);
            int ra = ei_period_parse(&a, t + 1, strlen(t + 1), &ea);
            int rb = ei_period_parse(&b, t, strlen(t), &eb);
            assert_int_equal(ra, rb);
            assert_int_equal(a.year, b.year);
            assert_int_equal(a.freq, b.freq);
            assert_int_equal(a.sub, b.sub);
            assert_int_equal(a.first, b.first);
            if (ra)
                assert_string_equal(ea.text, eb.text);
        }
    /* two by hand */
    ei_period p;
    assert_int_equal(ei_period_parse(&p, "2017-03", 7, NULL), EI_OK);
    assert_int_equal(p.year, 2017);
    assert_int_equal(p.freq, EI_FREQ_MONTHLY);
    assert_int_equal(p.sub, 3);
    assert_int_equal(p.first, 3);
    assert_int_equal(ei_period_parse(&p, "2017", 4, NULL), EI_OK);
    assert_int_equal(p.freq, EI_FREQ_ANNUAL);
    assert_int_equal(p.year, 2017);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(accepts_every_spelling),
        cmocka_unit_test(rejects_with_messages),
        cmocka_unit_test(reads_only_len_bytes),
        cmocka_unit_test(canonical_text_round_trips),
        cmocka_unit_test(spans),
        cmocka_unit_test(span_rejections),
        cmocka_unit_test(long_input_is_quoted_in_part),
        cmocka_unit_test(plain_spellings_as_the_general_parser),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
