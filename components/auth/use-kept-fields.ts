"use client";

import { useState, type ChangeEvent } from "react";

/**
 * Inputs whose values React owns. A form action resets a form's uncontrolled inputs when it
 * finishes, so after a refusal ("that email is taken") the password was gone and people had to
 * type it again; controlled inputs keep what was typed, passwords included, in the browser only.
 * `initial`: what the form starts with (an invite's fixed address, say).
 */
export function useKeptFields<Name extends string>(initial: Record<Name, string>) {
  const [values, setValues] = useState(initial);
  return (name: Name) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });
}
