/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tutorial's C program (docs/TUTORIAL.md): read observations and
 * targets, and print each target's actual, gap, verdict and the growth a
 * year it still takes.
 * Build: cc gap.c $(pkg-config --cflags --libs econind) -o gap
 * Run:   ./gap observations.csv targets.csv */
#include <econind/econind.h>

#include <math.h>
#include <stdio.h>

static int fail(const ei_error *err)
{
    char msg[EI_ERROR_SOURCE_MAX + EI_ERROR_TEXT_MAX + 32];
    ei_error_format(err, msg, sizeof msg);
    fprintf(stderr, "gap: %s\n", msg); /* file:line:column: message */
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gap OBSERVATIONS.csv TARGETS.csv\n");
        return 2;
    }
    ei_error err;
    ei_dataset *ds = NULL;
    ei_targets *targets = NULL;
    /* 1. the observations into a dataset (NULL: the built-in registry) */
    if (ei_dataset_new(&ds, NULL, &err) ||
        ei_csv_read_file(ds, argv[1], NULL, NULL, &err))
        return fail(&err);
    /* 2. the targets, with the same registry for names and units */
    if (ei_targets_read_file(&targets, argv[2], ei_dataset_registry(ds), NULL,
                             &err)) {
        ei_dataset_free(ds);
        return fail(&err);
    }
    /* 3. each target against the data */
    for (size_t i = 0; i < ei_targets_count(targets); i++) {
        const ei_target *t = ei_targets_at(targets, i);
        ei_gap g;
        ei_requirement req;
        if (ei_gap_evaluate(&g, t, ds, NULL, &err) ||
            ei_target_requirement(&req, t, ds, NULL, &err))
            return fail(&err);
        char span[EI_SPAN_TEXT_MAX];
        ei_span_format(t->span, span, sizeof span);
        printf("%s %s %s %g: ", t->indicator, span,
               ei_target_op_symbol(t->op), t->value);
        if (!isnan(g.actual))
            printf("actual %.2f, gap %+.2f, %s%s\n", g.actual, g.gap,
                   ei_verdict_name(g.verdict),
                   g.provisional ? " (on an estimate)" : "");
        else if (!isnan(req.required))
            printf("needs %.2f%% a year for %ld years\n", req.required,
                   req.periods_left);
        else
            printf("unknown: %s\n", ei_reason_text(g.reason));
    }
    ei_targets_free(targets);
    ei_dataset_free(ds);
    return 0;
}
