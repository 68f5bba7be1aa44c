/** The full version of the REST API, sent as the `API-Version` header and in the OpenAPI document. */
export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';
