# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark job (bench/README.md) in R data.table; see job_pandas.py for
# the definitions. usage: Rscript job_datatable.R IN.csv YOY_OUT.csv SERIES_OUT.csv
suppressPackageStartupMessages(library(data.table))
setDTthreads(0L)  # all cores, as DuckDB uses
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3L) stop("usage: job_datatable.R IN.csv YOY_OUT.csv SERIES_OUT.csv")
target <- 5

dt <- fread(args[1], select = c("region", "indicator", "period", "value"),
            colClasses = list(character = c("region", "indicator", "period"),
                              numeric = "value"),
            encoding = "UTF-8")
dt[, monthly := nchar(period) == 7L]
dt[, year := as.integer(substr(period, 1L, 4L))]
dt[, ord := fifelse(monthly, year * 12L + as.integer(substr(period, 6L, 7L)) - 1L, year)]
dt[, freq := fifelse(monthly, "monthly", "annual")]
setkey(dt, region, indicator, freq, ord)
dt[, sid := rleid(region, indicator, freq)]

# Year-on-year: join each row to (series, ordinal - lag).
dt[, lagord := ord - fifelse(monthly, 12L, 1L)]
dt[, ago := dt[.(dt$sid, dt$lagord), on = .(sid, ord), x.value]]
dt[, yoy := (value / ago - 1) * 100]
dt[!is.finite(yoy), yoy := NA_real_]
fwrite(dt[!is.na(yoy), .(region, indicator, period, yoy)], args[2])

# Annual amounts: annual values, or sums of twelve present months.
ann <- dt[!is.na(value), .(amount = sum(value), n = .N, monthly = monthly[1L]),
          by = .(sid, year)]
ann <- ann[n == fifelse(monthly, 12L, 1L)]
setorder(ann, sid, year)
cg <- ann[, .(first_year = year[1L], last_year = year[.N],
              a0 = amount[1L], a1 = amount[.N]), by = sid]
cg[, cagr := fifelse(last_year > first_year,
                     ((a1 / a0)^(1 / (last_year - first_year)) - 1) * 100,
                     NA_real_)]
cg[last_year == first_year, c("first_year", "last_year") := NA_integer_]

ser <- dt[, .(region = region[1L], indicator = indicator[1L], freq = freq[1L]), by = sid]
ly <- dt[!is.na(yoy), .(last_period = period[.N], yoy_last = yoy[.N]), by = sid]
ser <- cg[, .(sid, first_year, last_year, cagr)][ser, on = "sid"]
ser <- ly[ser, on = "sid"]
ser[, gap := yoy_last - target]
fwrite(ser[, .(region, indicator, freq, first_year, last_year, cagr,
               last_period, yoy_last, gap)], args[3])
