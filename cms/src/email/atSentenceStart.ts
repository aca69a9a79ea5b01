/** A council's name to start a sentence with: "The council" before the settings are filled in. */
export const atSentenceStart = (councilName: string): string =>
  councilName.charAt(0).toUpperCase() + councilName.slice(1)
