// What SES's lockdown() leaves on the start compartment's global object, as the harness uses it.
declare function harden<T>(value: T): T;
declare class Compartment {
  constructor();
  readonly globalThis: object;
}
