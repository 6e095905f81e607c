// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark job (bench/README.md) in DuckDB through @duckdb/node-api;
// see job_pandas.py for the definitions.
// usage: node job_duckdb.mjs IN.csv YOY_OUT.csv SERIES_OUT.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [src, yoyOut, seriesOut] = process.argv.slice(2);
if (!seriesOut) {
  console.error('usage: job_duckdb.mjs IN.csv YOY_OUT.csv SERIES_OUT.csv');
  process.exit(2);
}
const q = (s) => "'" + s.replaceAll("'", "''") + "'";
const TARGET = 5.0;

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const sql = [
  `CREATE TABLE t AS
     SELECT region, indicator, period, value,
            CASE WHEN length(period) = 7 THEN 'monthly' ELSE 'annual' END AS freq,
            CAST(substr(period, 1, 4) AS INTEGER) AS year,
            CASE WHEN length(period) = 7
                 THEN CAST(substr(period, 1, 4) AS INTEGER) * 12
                      + CAST(substr(period, 6, 2) AS INTEGER) - 1
                 ELSE CAST(substr(period, 1, 4) AS INTEGER) END AS ord
     FROM read_csv(${q(src)}, header = true,
                   columns = {'region': 'VARCHAR', 'indicator': 'VARCHAR',
                              'period': 'VARCHAR', 'value': 'DOUBLE',
                              'unit': 'VARCHAR'})`,
  // Year-ago value by joining on (series, ordinal - lag): rows may be absent.
  `CREATE TABLE y AS
     SELECT a.region, a.indicator, a.freq, a.period, a.ord,
            (a.value / b.value - 1) * 100 AS yoy
     FROM t a JOIN t b
       ON a.region = b.region AND a.indicator = b.indicator
      AND a.freq = b.freq
      AND b.ord = a.ord - CASE WHEN a.freq = 'monthly' THEN 12 ELSE 1 END
     WHERE a.value IS NOT NULL AND b.value IS NOT NULL AND b.value <> 0`,
  `COPY (SELECT region, indicator, period, yoy FROM y WHERE isfinite(yoy)
         ORDER BY region, indicator, freq, ord)
     TO ${q(yoyOut)} (HEADER, DELIMITER ',')`,
  // Annual amounts: annual values, or sums of twelve present months.
  `CREATE TABLE cg AS
     WITH ann AS (
       SELECT region, indicator, freq, year, sum(value) AS amount
       FROM t WHERE value IS NOT NULL
       GROUP BY region, indicator, freq, year
       HAVING count(*) = CASE WHEN freq = 'monthly' THEN 12 ELSE 1 END)
     SELECT region, indicator, freq, min(year) AS fy, max(year) AS ly,
            arg_min(amount, year) AS a0, arg_max(amount, year) AS a1
     FROM ann GROUP BY region, indicator, freq`,
  `CREATE TABLE ly AS
     SELECT region, indicator, freq, arg_max(period, ord) AS last_period,
            arg_max(yoy, ord) AS yoy_last
     FROM y WHERE isfinite(yoy) GROUP BY region, indicator, freq`,
  `COPY (
     SELECT s.region, s.indicator, s.freq,
            CASE WHEN ly > fy THEN fy END AS first_year,
            CASE WHEN ly > fy THEN ly END AS last_year,
            CASE WHEN ly > fy THEN (pow(a1 / a0, 1.0 / (ly - fy)) - 1) * 100 END
              AS cagr,
            l.last_period, l.yoy_last, l.yoy_last - ${TARGET} AS gap
     FROM (SELECT DISTINCT region, indicator, freq FROM t) s
     LEFT JOIN cg USING (region, indicator, freq)
     LEFT JOIN ly l USING (region, indicator, freq)
     ORDER BY s.region, s.indicator, s.freq)
   TO ${q(seriesOut)} (HEADER, DELIMITER ',')`,
];
for (const s of sql) await con.run(s);
con.closeSync?.();
