// Sets document.title ("Bots · AWS Trader") while a screen shows; a screen may call it with a more precise title.
import { useEffect } from 'react';

/** `usePageTitle('My bot')` → "My bot · AWS Trader". */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    if (title) document.title = title + ' · AWS Trader';
  }, [title]);
}
