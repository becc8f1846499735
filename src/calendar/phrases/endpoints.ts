import { readLunar } from "./parsers/lunar.js";
import { readDay } from "./parsers/days.js";
import { readMonths } from "./parsers/months.js";
import { readObservance } from "./parsers/observances.js";
import { readPartOfMonth, readPartOfYear } from "./parsers/partsOfMonth.js";
import { readQuarters } from "./parsers/quarters.js";
import { readYears } from "./parsers/years.js";
import type { EndpointParser } from "./windows.js";

/**
 * Every endpoint parser, lunar dates and names first ("29 tháng Chạp" before days): what
 * parseTimeExpression and findTimeExpressions read. parseVietnameseWindow reads the solar ones only, so that
 * it carries no lunar calendar.
 *
 * @internal
 */
// Written out (not `[readLunar, ...SOLAR_ENDPOINTS]`): a spread is code that runs at load, which would keep the
// lunar calendar in every bundle of the calendar module. Same order as SOLAR_ENDPOINTS, after the lunar dates.
export const ALL_ENDPOINTS: readonly EndpointParser[] = [readLunar, readObservance, readPartOfYear, readPartOfMonth, readYears, readQuarters, readMonths, readDay];
