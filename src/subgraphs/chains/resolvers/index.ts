import type { Resolvers } from '../generated/resolvers-types.js';
import { Chain } from './Chain.js';
import { ChainEvent } from './ChainEvent.js';
import { ChainLink } from './ChainLink.js';
import { Enterprise } from './Enterprise.js';
import { Industry } from './Industry.js';
import { LinkAssignment } from './LinkAssignment.js';
import { LinkEnterpriseConnection } from './LinkEnterpriseConnection.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { Supply } from './Supply.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Chain,
  ChainEvent,
  ChainLink,
  LinkEnterpriseConnection,
  LinkAssignment,
  Supply,
  Enterprise,
  Region,
  Industry,
};
