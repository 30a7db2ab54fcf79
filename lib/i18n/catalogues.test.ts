import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en";
import ru from "./messages/ru";
import zh from "./messages/zh";

type Catalogue = Record<string, Record<string, string>>;
const translations = { ru, zh } as Record<string, Catalogue>;
const source = en as Catalogue;

/** The arguments a message takes ({wait}, {count}…) and the plural categories it writes. */
function shape(message: string) {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) args.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        args.add(el.value);
        if (el.type === TYPE.plural) plurals.push(Object.keys(el.options));
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), plurals };
}

describe("message catalogues", () => {
  it.each(Object.keys(translations))(
    "%s has every namespace and key English has, and no others",
    (locale) => {
      const catalogue = translations[locale]!;
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(source).sort());
      for (const [namespace, messages] of Object.entries(source))
        expect(Object.keys(catalogue[namespace]!).sort(), namespace).toEqual(Object.keys(messages).sort());
    },
  );

  it.each(Object.keys(translations))(
    "%s's messages parse and take the same arguments as English's",
    (locale) => {
      for (const [namespace, messages] of Object.entries(source))
        for (const [key, message] of Object.entries(messages)) {
          const translated = translations[locale]![namespace]![key]!;
          expect(translated.trim(), `${namespace}.${key}`).not.toBe("");
          expect(shape(translated).args, `${namespace}.${key}`).toEqual(shape(message).args);
        }
    },
  );

  it("Russian plurals say one, few and many (1 минуту, 2 минуты, 5 минут)", () => {
    for (const [namespace, messages] of Object.entries(translations.ru!))
      for (const [key, message] of Object.entries(messages))
        for (const categories of shape(message).plurals)
          expect(categories, `${namespace}.${key}`).toEqual(expect.arrayContaining(["one", "few", "many"]));
  });
});
