// The floor: React, recharts (one bar chart, loaded eagerly), TanStack Query and i18next with a language and a
// currency toggle, and nothing else. The benchmark compares the dashboard's figures with this page's.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

interface Commitment {
  id: string;
  investor: string;
  country: string;
  amount: { value: number; currency: string };
}
interface Rate {
  id: string;
  currency: string;
  unitsPerUsd: number;
}

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  resources: {
    en: { translation: { title: 'Commitments in Japan', lang: '日本語', currency: 'Show in {{other}}' } },
    ja: { translation: { title: '日本への投資額', lang: 'English', currency: '{{other}}で表示' } },
  },
});

async function getJson<T>(file: string): Promise<T> {
  const response = await fetch(`./data/${file}.json`);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

function Chart() {
  const { t, i18n: instance } = useTranslation();
  const [currency, setCurrency] = useState<'JPY' | 'USD'>('JPY');
  const query = useQuery({
    queryKey: ['floor'],
    queryFn: async () => {
      const [commitments, rates] = await Promise.all([
        getJson<{ commitments: Commitment[] }>('commitments'),
        getJson<{ rates: Rate[] }>('rates'),
      ]);
      const yen = rates.rates.find((r) => r.currency === 'JPY')?.unitsPerUsd ?? NaN;
      return { commitments: commitments.commitments.filter((c) => c.country === 'JP'), yen };
    },
  });
  const lang = instance.language;
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency, notation: 'compact' });
  const data = (query.data?.commitments ?? []).map((c) => {
    const usd = c.amount.currency === 'USD' ? c.amount.value : c.amount.value / (query.data?.yen ?? NaN);
    return { id: c.id, label: c.investor, value: currency === 'USD' ? usd : usd * (query.data?.yen ?? NaN) };
  });
  const other = currency === 'JPY' ? 'USD' : 'JPY';
  return (
    <main>
      <h1>{t('title')}</h1>
      <button
        type="button"
        id="lang"
        onClick={() => void instance.changeLanguage(lang === 'en' ? 'ja' : 'en')}
      >
        {t('lang')}
      </button>
      <button type="button" id="currency" onClick={() => setCurrency(other)}>
        {t('currency', { other })}
      </button>
      <div style={{ height: Math.max(1, data.length) * 40 + 40 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer title={t('title')}>
            <XAxis type="number" tickFormatter={(v: number) => format.format(v)} />
            <YAxis type="category" dataKey="label" width={90} />
            <Bar dataKey="value" fill="currentColor" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <Chart />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
