/** The sites a region's parks offer (载体). Typed by `npm run codegen` from schema/api.graphql. */
import { graphql } from '../../generated/gql';

export const RegionCarriersQuery = graphql(`
  query RegionCarriers($regionId: ID!, $status: CarrierStatus, $kind: CarrierKind) {
    region(id: $regionId) {
      id
      carriers(status: $status, kind: $kind, first: 1000) {
        id
        name
        nameZh
        kind
        park {
          id
          name
          nameZh
        }
        areaM2
        availableFrom
        status
        powerKva
        floorLoadKgPerM2
        rentYuanPerM2Month
      }
    }
  }
`);
