import { CARRIERS } from '../carriers/catalog';
import { matchPatternsFor } from '../carriers/domains';

/** The built-in carriers' own domains as match patterns (https, domain and subdomains). */
export const CARRIER_MATCH_PATTERNS: string[] = [...new Set(CARRIERS.flatMap((carrier) => carrier.domains.flatMap(matchPatternsFor)))];
