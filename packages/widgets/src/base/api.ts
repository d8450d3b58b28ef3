import type { ClientOptions } from "@kfd/sdk";

/**
 * SDK options for a widget's `api` attribute; without one, the page's own origin (a page
 * served by the kfd API itself). Widgets call the SDK's plain functions
 * (`getEvent(options, id)`) so that each bundle carries only the routes it uses.
 */
export function apiOptions(api: string | undefined): ClientOptions {
  return { baseUrl: api?.trim() ?? "" };
}
