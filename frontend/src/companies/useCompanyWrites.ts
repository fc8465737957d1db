import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { companiesApi, type Company } from './companiesApi';
import { removeCompany, upsertCompany } from './companiesQuery';
import type { CompanyFormValues } from './companySchema';

/** The companies page's writes with their feedback; `create`/`save` rethrow so the form shows the error. */
export function useCompanyWrites() {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { notify } = useFeedback();

  return {
    async create(values: CompanyFormValues) {
      const { company, admin } = await companiesApi.create({
        name: values.name.trim(),
        timezone: values.timezone,
        admin: { name: values.adminName.trim(), email: values.adminEmail.trim(), password: values.adminPassword },
      });
      upsertCompany(client, company);
      notify(t('companies.created', { name: company.name, email: admin.email }));
    },

    async save(original: Company, values: CompanyFormValues) {
      const company = await companiesApi.update(original.id, { name: values.name.trim(), timezone: values.timezone, active: values.active });
      upsertCompany(client, company);
      notify(t('companies.updated', { name: company.name }));
    },

    async remove(company: Company) {
      try {
        await companiesApi.remove(company.id);
        removeCompany(client, company.id);
        notify(t('companies.deleted', { name: company.name }));
      } catch (error) {
        notify(errorMessage(t, error), 'error');
      }
    },
  };
}
