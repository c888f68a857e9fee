/**
 * Errors thrown by newsdown. Everything else is reported as a diagnostic.
 */

/** Base class of the errors newsdown throws; `code` tells them apart. */
export class NewsdownError extends Error {
  /** Machine-readable reason. */
  readonly code: 'invalid-input' | 'invalid-option' | 'input-too-large'

  constructor(code: NewsdownError['code'], message: string) {
    super(message)
    this.name = 'NewsdownError'
    this.code = code
  }
}

/** Thrown when the input is not a string. */
export class InvalidInputError extends NewsdownError {
  constructor(message: string) {
    super('invalid-input', message)
    this.name = 'InvalidInputError'
  }
}

/** Thrown when an option has a wrong type or value. */
export class InvalidOptionError extends NewsdownError {
  constructor(message: string) {
    super('invalid-option', message)
    this.name = 'InvalidOptionError'
  }
}

/** Thrown when the input is longer than `maxLength`. */
export class InputTooLargeError extends NewsdownError {
  /** Length of the input, in UTF-16 code units. */
  readonly length: number
  /** The limit in force. */
  readonly maxLength: number

  constructor(length: number, maxLength: number) {
    super('input-too-large', `Input is ${length} characters long; the limit is ${maxLength} (option \`maxLength\`)`)
    this.name = 'InputTooLargeError'
    this.length = length
    this.maxLength = maxLength
  }
}
