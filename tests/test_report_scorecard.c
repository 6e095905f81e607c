/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan scorecard in the report. */
#include "report_fixture.h"

#include "report_model.h"

/* The 13th plan review (datasets/hanyang/scorecard.csv, counts only): 33
 * indicators, 8 hard to complete (5 economic, 2 innovation, 1 welfare),
 * the other 25 met, 7 of them early. */
static const char review[] =
    "plan,indicator,group,status,count\n"
    "十三五,,经济发展,hard,5\n"
    "十三五,,创新驱动,hard,2\n"
    "十三五,,民生福祉,hard,1\n"
    "十三五,,,met,18\n"
    "十三五,,,met_early,7\n";

static void test_summary(void **state)
{
    (void)state;
    ei_scorecard *sc = NULL;
    assert_int_equal(ei_scorecard_read_buffer(&sc, "s.csv", review,
                                              strlen(review), NULL, NULL),
                     EI_OK);
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.scorecard = sc;
    ei_report *r = NULL;
    assert_int_equal(ei_report_new(&r, ds, &o, NULL), EI_OK);
    size_t last = ei_table_rows(r->scorecard) - 1;
    assert_string_equal(ei_table_cell_text(r->scorecard, last, 0), "all");
    assert_close(ei_table_cell_number(r->scorecard, last, 7), 33, 1e-12);
    assert_close(ei_table_cell_number(r->scorecard, last, 5), 8, 1e-12);
    assert_string_equal(ei_table_cell_text(r->scorecard, 0, 0), "经济发展");
    assert_close(ei_table_cell_number(r->scorecard, 0, 5), 5, 1e-12);
    assert_string_equal(r->review.items[0],
                        "十三五: 33 indicators, 25 met (7 of them early), 0 on "
                        "track, 0 behind, 8 hard to complete.");
    assert_null(r->tasks); /* none given */
    char *md = rf_write(r, EI_REPORT_MARKDOWN);
    assert_non_null(strstr(md, "## Plan review and tasks\n"));
    free(md);
    ei_report_free(r);
    ei_dataset_free(ds);
    ei_scorecard_free(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_summary)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
