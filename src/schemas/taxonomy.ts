import { z } from './zod';
import { businessModels, caseScopes, fundingInstruments, serviceDomains, technologies } from '../lib/taxonomy';

export const serviceDomainSchema = z.enum(serviceDomains);
export const technologySchema = z.enum(technologies);
export const fundingInstrumentSchema = z.enum(fundingInstruments);
export const businessModelSchema = z.enum(businessModels);
export const caseScopeSchema = z.enum(caseScopes);
