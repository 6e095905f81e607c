/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Calendar dates: leap years, day of year, period end dates and the deadline
 * spellings of task plans (seed_tasks.csv uses 2021-10; the plans say
 * 2021年10月底完成). Figures are from the Gregorian calendar. */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static void assert_date(ei_date d, const char *text)
{
    char buf[EI_DATE_TEXT_MAX];
    ei_date_format(d, buf, sizeof buf);
    assert_string_equal(buf, text);
}

static void leap_years(void **state)
{
    (void)state;
    assert_true(ei_is_leap_year(2020));
    assert_true(ei_is_leap_year(2000));  /* divisible by 400 */
    assert_false(ei_is_leap_year(1900)); /* by 100, not 400 */
    assert_false(ei_is_leap_year(2021));
    assert_int_equal(ei_days_in_year(2020), 366);
    assert_int_equal(ei_days_in_year(2021), 365);
    assert_int_equal(ei_days_in_month(2020, 2), 29);
    assert_int_equal(ei_days_in_month(2021, 2), 28);
    assert_int_equal(ei_days_in_month(2100, 2), 28);
    assert_int_equal(ei_days_in_month(2021, 4), 30);
    assert_int_equal(ei_days_in_month(2021, 13), 0);
}

static void day_of_year(void **state)
{
    (void)state;
    assert_int_equal(ei_date_day_of_year((ei_date){2020, 12, 31}), 366);
    assert_int_equal(ei_date_day_of_year((ei_date){2021, 12, 31}), 365);
    assert_int_equal(ei_date_day_of_year((ei_date){2021, 1, 1}), 1);
    /* 31 (Jan) + 29 (Feb 2020) + 1 */
    assert_int_equal(ei_date_day_of_year((ei_date){2020, 3, 1}), 61);
    assert_int_equal(ei_date_day_of_year((ei_date){2021, 3, 1}), 60);
    /* end of August: 243 days, the time progress of DOMAIN.md (8/12) is
     * by months; by days it is 243/365 */
    assert_int_equal(ei_date_day_of_year((ei_date){2021, 8, 31}), 243);
    assert_int_equal(ei_date_day_of_year((ei_date){2021, 2, 29}), 0);
}

static void validity_and_order(void **state)
{
    (void)state;
    assert_true(ei_date_valid((ei_date){2020, 2, 29}));
    assert_false(ei_date_valid((ei_date){2021, 2, 29}));
    assert_false(ei_date_valid((ei_date){2021, 4, 31}));
    assert_false(ei_date_valid((ei_date){2021, 0, 1}));
    assert_false(ei_date_valid((ei_date){0, 1, 1}));
    assert_false(ei_date_valid((ei_date){10000, 1, 1}));
    assert_true(ei_date_compare((ei_date){2021, 10, 31},
                                (ei_date){2021, 11, 1}) < 0);
    assert_true(ei_date_compare((ei_date){2022, 1, 1},
                                (ei_date){2021, 12, 31}) > 0);
    assert_true(ei_date_compare((ei_date){2021, 3, 2},
                                (ei_date){2021, 3, 1}) > 0);
    assert_int_equal(ei_date_compare((ei_date){2021, 3, 1},
                                     (ei_date){2021, 3, 1}),
                     0);
    assert_date((ei_date){2021, 3, 1}, "2021-03-01");
    assert_date((ei_date){2021, 2, 30}, "invalid");
}

static void period_end_dates(void **state)
{
    (void)state;
    assert_date(ei_period_end_date(ei_period_year(2021)), "2021-12-31");
    assert_date(ei_period_end_date(ei_period_quarter(2021, 3)), "2021-09-30");
    assert_date(ei_period_end_date(ei_period_quarter(2021, 1)), "2021-03-31");
    assert_date(ei_period_end_date(ei_period_month(2020, 2)), "2020-02-29");
    assert_date(ei_period_end_date(ei_period_month(2021, 2)), "2021-02-28");
    assert_date(ei_period_end_date(ei_period_ytd(2021, EI_FREQ_MONTHLY, 1,
                                                 8)),
                "2021-08-31");
    ei_date bad = ei_period_end_date(ei_period_month(2021, 13));
    assert_false(ei_date_valid(bad));
    assert_int_equal(bad.year, 0);
}

static void parse_ok(const char *text, const char *expect)
{
    ei_date d;
    ei_error e;
    ei_error_clear(&e);
    if (ei_date_parse(&d, text, strlen(text), &e) != EI_OK) {
        print_error("'%s': %s\n", text, e.text);
        fail();
    }
    assert_date(d, expect);
}

static void parses_deadlines(void **state)
{
    (void)state;
    parse_ok("2021-10-31", "2021-10-31");
    parse_ok("2021-10", "2021-10-31");
    parse_ok("2021-11", "2021-11-30");
    parse_ok("2020-02", "2020-02-29");
    parse_ok("2021/10/31", "2021-10-31");
    parse_ok("2021/6/1", "2021-06-01");
    parse_ok("2021.10.31", "2021-10-31");
    parse_ok("20211031", "2021-10-31");
    parse_ok("2021年10月31日", "2021-10-31");
    parse_ok("2021年6月1号", "2021-06-01");
    parse_ok("2021年10月底", "2021-10-31");
    parse_ok("2021年10月末", "2021-10-31");
    parse_ok("2021年10月", "2021-10-31");
    parse_ok("2021年2月底", "2021-02-28");
    parse_ok("2021年底", "2021-12-31");
    parse_ok("2021年末", "2021-12-31");
    parse_ok(" 2021-10-31 ", "2021-10-31");
    /* any period: its last day */
    parse_ok("2021", "2021-12-31");
    parse_ok("2021年", "2021-12-31");
    parse_ok("2021年上半年", "2021-06-30");
    parse_ok("2021年三季度", "2021-09-30");
    parse_ok("2021Q1", "2021-03-31");
    parse_ok("2020年2月", "2020-02-29");
}

static void rejects_bad_dates(void **state)
{
    (void)state;
    const struct {
        const char *text, *message;
    } bad[] = {
        {"2021-02-29",
         "date '2021-02-29': day 29 is out of range 1-28 for 2021-02"},
        {"2021-04-31",
         "date '2021-04-31': day 31 is out of range 1-30 for 2021-04"},
        {"2021-13-01", "date '2021-13-01': month 13 is out of range 1-12"},
        {"2021-13", "date '2021-13': month 13 is out of range 1-12"},
        {"2021年13月底", "date '2021年13月底': month 13 is out of range 1-12"},
        {"2021年10月0日",
         "date '2021年10月0日': day 0 is out of range 1-31 for 2021-10"},
        {"0000-01-01", "date '0000-01-01': year 0 is out of range 1-9999"},
        {"2021-10-31x",
         "'2021-10-31x' is not a date (expected e.g. 2021-10-31 or "
         "2021年10月底)"},
        {"2021/10-31",
         "'2021/10-31' is not a date (expected e.g. 2021-10-31 or "
         "2021年10月底)"},
        {"soon", "'soon' is not a date (expected e.g. 2021-10-31 or "
                 "2021年10月底)"},
        {"", "empty date"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ei_date d = {1, 1, 1};
        ei_error e;
        int rc = ei_date_parse(&d, bad[i].text, strlen(bad[i].text), &e);
        if (rc != EI_EPARSE || strcmp(e.text, bad[i].message) != 0) {
            print_error("'%s': rc %d, '%s'\n", bad[i].text, rc, e.text);
            fail();
        }
        assert_int_equal(d.year, 0);
        assert_int_equal(ei_date_parse(&d, bad[i].text, strlen(bad[i].text),
                                       NULL),
                         EI_EPARSE);
    }
    assert_int_equal(ei_date_parse(NULL, "2021", 4, NULL), EI_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(leap_years),
        cmocka_unit_test(day_of_year),
        cmocka_unit_test(validity_and_order),
        cmocka_unit_test(period_end_dates),
        cmocka_unit_test(parses_deadlines),
        cmocka_unit_test(rejects_bad_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
