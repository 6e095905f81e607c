/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The built-in indicators. Names are those of Chinese statistical bulletins
 * and work reports (the seeds in shared/data/seed_indicators.csv); growth
 * bases follow the National Bureau of Statistics' practice: GDP and value
 * added are published at comparable prices, investment, retail sales and
 * fiscal figures in nominal terms. */
#include "registry_builtin.h"

#define B_CUR EI_BASIS_CURRENT
#define B_CMP EI_BASIS_COMPARABLE
#define HIGH EI_DIRECTION_HIGHER
#define LOW EI_DIRECTION_LOWER
#define LEVEL EI_MEASURE_LEVEL
#define RATE EI_MEASURE_RATE

const ei_builtin_indicator ei_builtin_indicators[] = {
    {{"gdp", "地区生产总值", "gross domestic product", "亿元", B_CMP, HIGH,
      LEVEL, "economy"},
     {"GDP", "生产总值", "经济总量", "国内生产总值", "regional GDP", NULL}},
    {{"primary_industry", "第一产业增加值", "primary industry value added",
      "亿元", B_CMP, HIGH, LEVEL, "economy"},
     {"第一产业", NULL}},
    {{"secondary_industry", "第二产业增加值",
      "secondary industry value added", "亿元", B_CMP, HIGH, LEVEL,
      "economy"},
     {"第二产业", NULL}},
    {{"tertiary_industry", "第三产业增加值",
      "tertiary industry value added", "亿元", B_CMP, HIGH, LEVEL,
      "economy"},
     {"第三产业", "服务业增加值", NULL}},
    {{"fai", "固定资产投资", "fixed-asset investment", "亿元", B_CUR, HIGH,
      LEVEL, "investment"},
     {"全社会固定资产投资", "固投", "固定资产投资额", NULL}},
    {{"retail", "社会消费品零售总额", "retail sales of consumer goods",
      "亿元", B_CUR, HIGH, LEVEL, "consumption"},
     {"社零", "社零额", "社会消费品零售额", "retail sales", NULL}},
    {{"fiscal_revenue", "地方一般公共预算收入",
      "local general public budget revenue", "亿元", B_CUR, HIGH, LEVEL,
      "fiscal"},
     {"一般公共预算收入", "地方财政收入", NULL}},
    {{"tax_revenue", "税收收入", "tax revenue", "亿元", B_CUR, HIGH, LEVEL,
      "fiscal"},
     {"税收", NULL}},
    {{"investment_attracted", "招商引资总额", "total investment attracted",
      "亿元", B_CUR, HIGH, LEVEL, "investment"},
     {"招商引资", NULL}},
    {{"investment_arrived", "招商引资实际到位资金",
      "investment attracted, funds arrived", "亿元", B_CUR, HIGH, LEVEL,
      "investment"},
     {"实际到位资金", "到位资金", NULL}},
    {{"fdi_used", "实际利用外资", "foreign capital actually used",
      "亿美元", B_CUR, HIGH, LEVEL, "investment"},
     {"实际使用外资", "利用外资", NULL}},
    {{"income_per_capita", "居民人均可支配收入",
      "per-capita disposable income", "元", B_CUR, HIGH, LEVEL, "income"},
     {"人均可支配收入", "居民收入", NULL}},
    {{"unemployment_rate", "城镇登记失业率",
      "registered urban unemployment rate", "%", B_CUR, LOW, RATE,
      "employment"},
     {"登记失业率", "失业率", NULL}},
    {{"new_jobs", "城镇新增就业", "new urban jobs", "万人", B_CUR, HIGH,
      LEVEL, "employment"},
     {"新增就业", "新增城镇就业", NULL}},
    {{"industrial_output", "工业总产值", "gross industrial output", "亿元",
      B_CUR, HIGH, LEVEL, "industry"},
     {"规模以上工业总产值", "规上工业总产值", NULL}},
    {{"industrial_value_added", "规模以上工业增加值",
      "value added of industry above designated size", "亿元", B_CMP, HIGH,
      LEVEL, "industry"},
     {"规上工业增加值", NULL}},
    {{"high_tech_value_added", "高新技术产业增加值",
      "high-tech industry value added", "亿元", B_CMP, HIGH, LEVEL,
      "industry"},
     {NULL}},
    {{"digital_economy_share", "数字经济增加值占地区生产总值比重",
      "digital economy share of GDP", "%", B_CUR, HIGH, RATE, "economy"},
     {"数字经济占GDP比重", NULL}},
    {{"new_market_entities", "新增市场主体", "new market entities", "户",
      B_CUR, HIGH, LEVEL, "business"},
     {NULL}},
    {{"new_high_tech_enterprises", "新增高新技术企业",
      "new high-tech enterprises", "家", B_CUR, HIGH, LEVEL, "business"},
     {NULL}},
    {{"financial_tax_revenue", "金融业税收收入",
      "financial-sector tax revenue", "亿元", B_CUR, HIGH, LEVEL, "fiscal"},
     {"金融业税收", NULL}},
    {{"health_industry_scale", "大健康产业规模", "big-health industry scale",
      "亿元", B_CUR, HIGH, LEVEL, "industry"},
     {"大健康产业总规模", NULL}},
    {{"livelihood_spending_share", "民生支出占财政支出比重",
      "share of fiscal spending on livelihoods", "%", B_CUR, HIGH, RATE,
      "fiscal"},
     {NULL}},
};

const size_t ei_builtin_indicator_count =
    sizeof ei_builtin_indicators / sizeof ei_builtin_indicators[0];
